package vnie.train;

import java.util.ArrayList;
import java.util.List;
import vnie.Vnie;
import vnie.core.Document;
import vnie.eval.Example;
import vnie.eval.Examples;
import vnie.eval.StructureScorer;
import vnie.eval.StructureScores;
import vnie.event.EventModel;
import vnie.event.EventModelStage;
import vnie.ner.LabelledDocument;

/**
 * Chooses the trigger labeller's outside bias on hand-annotated documents: the bias of the grid
 * under which the whole pipeline's event triggers and arguments score best (the mean of their micro
 * F1; the smaller bias on a tie). The training passages are sparser in events than the texts vnie
 * is for (dev, news, battle narratives), so the labeller trained on them says "no event" too often;
 * the bias corrects that prior without dropping training passages.
 *
 * @param bias the chosen bias
 * @param curve each bias tried with its trigger and argument F1, in the order tried
 */
public record TriggerBiasTuning(double bias, List<Point> curve) {
  /** The biases tried: 0 to 40 in steps of 2 (the scale of the perceptron's summed weights). */
  public static final List<Double> GRID =
      java.util.stream.IntStream.rangeClosed(0, 20).mapToObj(k -> 2.0 * k).toList();

  public TriggerBiasTuning {
    curve = List.copyOf(curve);
  }

  /** One bias tried and the pipeline's micro F1 of triggers and arguments under it. */
  public record Point(double bias, double triggerF1, double argumentF1) {
    double objective() {
      return (triggerF1 + argumentF1) / 2;
    }
  }

  /** Tunes the bias of {@code model} on {@code documents} (read by {@link TrainingDocuments}). */
  public static TriggerBiasTuning of(EventModel model, List<LabelledDocument> documents) {
    return of(model, documents, GRID);
  }

  static TriggerBiasTuning of(
      EventModel model, List<LabelledDocument> documents, List<Double> grid) {
    if (grid.isEmpty()) {
      throw new IllegalArgumentException("no bias to try");
    }
    Vnie pipeline = Vnie.builder().withoutEventModel().build();
    List<Document> gold = new ArrayList<>();
    List<Document> analysed = new ArrayList<>();
    for (LabelledDocument d : documents) {
      gold.add(d.gold());
      analysed.add(pipeline.process(d.id(), d.gold().text()));
    }
    StructureScorer scorer = new StructureScorer();
    List<Point> curve = new ArrayList<>();
    Point best = null;
    for (double bias : grid) {
      EventModelStage events = new EventModelStage(model.withTriggerOutsideBias(bias));
      List<Example> pairs = new ArrayList<>();
      for (int k = 0; k < gold.size(); k++) {
        pairs.add(new Example(gold.get(k), events.apply(analysed.get(k))));
      }
      StructureScores scores = scorer.score(Examples.of(pairs));
      Point point =
          new Point(bias, scores.triggers().micro().f1(), scores.arguments().micro().f1());
      curve.add(point);
      if (best == null || point.objective() > best.objective()) {
        best = point;
      }
    }
    return new TriggerBiasTuning(best.bias(), curve);
  }

  /** The point of the chosen bias. */
  public Point chosen() {
    return curve.stream().filter(p -> p.bias() == bias).findFirst().orElseThrow();
  }
}
