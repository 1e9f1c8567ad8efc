package vnie.train;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vnie.core.Mention;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
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
    Map<String, List<Mention>> gold = new TreeMap<>();
    Map<String, List<Mention>> rules = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    for (LabelledDocument d : documents) {
      gold.put(d.id(), d.labels());
      rules.put(d.id(), d.analysed().mentions());
      texts.put(d.id(), d.analysed().text());
    }
    EntityScorer scorer = new EntityScorer();
    Map<EntityModelStage.Merge, EntityScores> merged = new EnumMap<>(EntityModelStage.Merge.class);
    for (EntityModelStage.Merge merge : EntityModelStage.Merge.values()) {
      EntityModelStage stage = new EntityModelStage(tagger, merge);
      Map<String, List<Mention>> predicted = new TreeMap<>();
      for (LabelledDocument d : documents) {
        predicted.put(d.id(), stage.apply(d.analysed()).mentions());
      }
      merged.put(merge, scorer.score(gold, predicted, texts));
    }
    return new EntityModelEvaluation(scorer.score(gold, rules, texts), Map.copyOf(merged));
  }
}
