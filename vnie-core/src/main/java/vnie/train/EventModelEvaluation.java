package vnie.train;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Relation;
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

  /** Scores {@code model} on {@code documents} (read by {@link TrainingDocuments}). */
  public static EventModelEvaluation of(EventModel model, List<LabelledDocument> documents) {
    Vnie pipeline = Vnie.builder().withoutEventModel().build();
    EventModelStage events = new EventModelStage(model);
    RelationStage ruleRelations = new RelationStage();
    EventStage ruleEvents = new EventStage();
    Map<String, List<Relation>> goldRelations = new TreeMap<>();
    Map<String, List<Event>> goldEvents = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    Map<String, Map<String, Document>> predicted = new LinkedHashMap<>();
    for (String setting :
        List.of(
            "rules",
            "model",
            "rules, gold entities",
            "model, gold entities",
            "model, gold triggers")) {
      predicted.put(setting, new TreeMap<>());
    }
    for (LabelledDocument d : documents) {
      goldRelations.put(d.id(), d.gold().relations());
      goldEvents.put(d.id(), d.gold().events());
      texts.put(d.id(), d.gold().text());
      Document full = pipeline.process(d.id(), d.gold().text());
      predicted.get("rules").put(d.id(), full);
      predicted.get("model").put(d.id(), events.apply(full));
      Document withGold =
          ruleEvents.apply(ruleRelations.apply(d.analysed().withMentions(d.gold().mentions())));
      predicted.get("rules, gold entities").put(d.id(), withGold);
      predicted.get("model, gold entities").put(d.id(), events.apply(withGold));
      predicted
          .get("model, gold triggers")
          .put(d.id(), events.withArguments(withGold, d.gold().events()));
    }
    StructureScorer scorer = new StructureScorer();
    Map<String, StructureScores> scores = new LinkedHashMap<>();
    predicted.forEach(
        (setting, docs) -> {
          Map<String, List<Relation>> relations = new TreeMap<>();
          Map<String, List<Event>> found = new TreeMap<>();
          docs.forEach(
              (id, doc) -> {
                relations.put(id, doc.relations());
                found.put(id, doc.events());
              });
          scores.put(setting, scorer.score(goldRelations, goldEvents, relations, found, texts));
        });
    return new EventModelEvaluation(scores);
  }
}
