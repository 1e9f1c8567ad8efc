package vnie.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.Vnie;
import vnie.core.Document;
import vnie.eval.Example;
import vnie.eval.Examples;
import vnie.eval.StructureScorer;
import vnie.eval.StructureScores;
import vnie.event.EventModel;
import vnie.event.EventModelStage;
import vnie.event.EventStage;
import vnie.event.RelationStage;
import vnie.ner.LabelledDocument;

/**
 * Scores relations and events on hand-annotated documents: the rules and the event model, each with
 * the entities the pipeline finds and with the gold entities, so that the two can be compared and
 * the cost of entity errors seen.
 *
 * @param scores by setting: {@code rules}, {@code model}, {@code rules, gold entities}, {@code
 *     model, gold entities}, {@code model, gold triggers} (gold entities and triggers: the argument
 *     classifier alone)
 */
public record EventModelEvaluation(Map<String, StructureScores> scores) {

  /** What a cross-validation trains on each fold: a model from the other folds' documents. */
  @FunctionalInterface
  public interface Trainer {
    EventModel model(List<LabelledDocument> rest);
  }

  /** Scores {@code model} on {@code documents} (read by {@link TrainingDocuments}). */
  public static EventModelEvaluation of(EventModel model, List<LabelledDocument> documents) {
    return crossValidated(List.of(documents), rest -> model);
  }

  /**
   * Scores each part of {@code parts} with the model {@code trained} makes from all the other parts
   * (for a single part, from an empty list), the predictions of all parts pooled before scoring.
   */
  public static EventModelEvaluation crossValidated(
      List<List<LabelledDocument>> parts, Trainer trained) {
    Vnie pipeline = Vnie.builder().withoutEventModel().build();
    RelationStage ruleRelations = new RelationStage();
    EventStage ruleEvents = new EventStage();
    Map<String, List<Example>> examples = new LinkedHashMap<>();
    for (String setting :
        List.of(
            "rules",
            "model",
            "rules, gold entities",
            "model, gold entities",
            "model, gold triggers")) {
      examples.put(setting, new ArrayList<>());
    }
    for (int k = 0; k < parts.size(); k++) {
      List<LabelledDocument> rest = new ArrayList<>();
      for (int j = 0; j < parts.size(); j++) {
        if (j != k) {
          rest.addAll(parts.get(j));
        }
      }
      EventModelStage events = new EventModelStage(trained.model(rest));
      for (LabelledDocument d : parts.get(k)) {
        Document gold = d.gold();
        Document full = pipeline.process(d.id(), gold.text());
        examples.get("rules").add(new Example(gold, full));
        examples.get("model").add(new Example(gold, events.apply(full)));
        Document withGold =
            ruleEvents.apply(ruleRelations.apply(d.analysed().withMentions(gold.mentions())));
        examples.get("rules, gold entities").add(new Example(gold, withGold));
        examples.get("model, gold entities").add(new Example(gold, events.apply(withGold)));
        examples
            .get("model, gold triggers")
            .add(new Example(gold, events.withArguments(withGold, gold.events())));
      }
    }
    StructureScorer scorer = new StructureScorer();
    Map<String, StructureScores> scores = new LinkedHashMap<>();
    examples.forEach((setting, pairs) -> scores.put(setting, scorer.score(Examples.of(pairs))));
    return new EventModelEvaluation(scores);
  }
}
