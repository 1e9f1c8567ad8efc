package vnie.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.core.Document;
import vnie.core.Event;
import vnie.core.Mention;
import vnie.core.Relation;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.StructureScorer;
import vnie.eval.StructureScores;
import vnie.eval.TypeConfusion;

/**
 * The scorers' results for a set of documents: entities, relations and events, and the type
 * confusion on overlapping spans. Every number a report shows comes from here, so it is the number
 * {@code vnie evaluate} prints.
 */
record Scores(EntityScores entities, StructureScores structures, TypeConfusion confusion) {

  /** Scores the documents of {@code gold} against the predicted ones with the same id. */
  static Scores of(List<Document> gold, Map<String, Document> predicted) {
    Map<String, List<Mention>> goldMentions = new LinkedHashMap<>();
    Map<String, List<Mention>> predMentions = new LinkedHashMap<>();
    Map<String, List<Relation>> goldRelations = new LinkedHashMap<>();
    Map<String, List<Relation>> predRelations = new LinkedHashMap<>();
    Map<String, List<Event>> goldEvents = new LinkedHashMap<>();
    Map<String, List<Event>> predEvents = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (Document g : gold) {
      goldMentions.put(g.id(), g.mentions());
      goldRelations.put(g.id(), g.relations());
      goldEvents.put(g.id(), g.events());
      texts.put(g.id(), g.text());
      Document p = predicted.get(g.id());
      if (p != null) {
        predMentions.put(p.id(), p.mentions());
        predRelations.put(p.id(), p.relations());
        predEvents.put(p.id(), p.events());
      }
    }
    return new Scores(
        new EntityScorer().score(goldMentions, predMentions, texts),
        new StructureScorer().score(goldRelations, goldEvents, predRelations, predEvents, texts),
        TypeConfusion.of(goldMentions, predMentions));
  }

  /** The errors of the scored documents as one {@link Comparison}. */
  Comparison comparison() {
    return new Comparison(entities.errors(), structures.errors());
  }

  /** Strict FP plus FN of the entities: each wrong type counts twice, as in the scores. */
  int entityErrors() {
    return entities.strict().micro().fp() + entities.strict().micro().fn();
  }

  /** Missed and spurious relations, triggers and arguments. */
  int structureErrors() {
    return structures.errors().size();
  }
}
