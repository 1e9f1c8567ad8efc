package vnie.train;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import vnie.core.Document;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.Example;
import vnie.eval.Examples;
import vnie.ner.EntityModelStage;
import vnie.ner.EntityTagger;
import vnie.ner.LabelledDocument;

/**
 * Scores the entities of the rules alone, of the model, and of each way of combining them, on
 * hand-annotated documents that the rules have analysed, so that the combination can be chosen on
 * data the model was not trained on.
 *
 * @param rulesOnly the rules' mentions
 * @param merged the mentions of each {@link EntityModelStage.Merge}; {@code MODEL_AND_DATES} is the
 *     model alone with the date grammar's dates
 */
public record EntityModelEvaluation(
    EntityScores rulesOnly, Map<EntityModelStage.Merge, EntityScores> merged) {

  /** Scores {@code tagger} on {@code documents}. */
  public static EntityModelEvaluation of(EntityTagger tagger, List<LabelledDocument> documents) {
    EntityScorer scorer = new EntityScorer();
    Map<EntityModelStage.Merge, EntityScores> merged = new EnumMap<>(EntityModelStage.Merge.class);
    for (EntityModelStage.Merge merge : EntityModelStage.Merge.values()) {
      EntityModelStage stage = new EntityModelStage(tagger, merge);
      merged.put(merge, scorer.score(examples(documents, stage::apply)));
    }
    return new EntityModelEvaluation(
        scorer.score(examples(documents, UnaryOperator.identity())), Map.copyOf(merged));
  }

  /** Each document's labels against the mentions of {@code predict} on its analysis. */
  private static Examples examples(
      List<LabelledDocument> documents, UnaryOperator<Document> predict) {
    List<Example> examples = new ArrayList<>();
    for (LabelledDocument d : documents) {
      Document gold = d.analysed().withMentions(d.labels());
      examples.add(new Example(gold, predict.apply(d.analysed())));
    }
    return Examples.of(examples);
  }
}
