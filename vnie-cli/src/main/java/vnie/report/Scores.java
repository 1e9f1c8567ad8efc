package vnie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vnie.core.Document;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.Example;
import vnie.eval.Examples;
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
    List<Example> pairs = new ArrayList<>();
    for (Document g : gold) {
      Document p = predicted.get(g.id());
      pairs.add(p == null ? Example.unpredicted(g) : new Example(g, p));
    }
    Examples examples = Examples.of(pairs);
    return new Scores(
        new EntityScorer().score(examples),
        new StructureScorer().score(examples),
        TypeConfusion.of(examples));
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
