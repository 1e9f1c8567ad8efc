package vnie.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
    try {
      return crossValidated(List.of(documents), part -> tagger);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the tagger is given, nothing is read
    }
  }

  /**
   * Scores each part of {@code parts} with the tagger {@code trained} makes from all the other
   * parts (or, for a single part, from nothing: the function is then handed an empty list), the
   * predictions of all parts pooled before scoring.
   */
  public static EntityModelEvaluation crossValidated(
      List<List<LabelledDocument>> parts, Trainer trained) throws IOException {
    Map<String, List<Mention>> gold = new TreeMap<>();
    Map<String, List<Mention>> rules = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    Map<EntityModelStage.Merge, Map<String, List<Mention>>> predicted =
        new EnumMap<>(EntityModelStage.Merge.class);
    for (int k = 0; k < parts.size(); k++) {
      List<LabelledDocument> rest = new ArrayList<>();
      for (int j = 0; j < parts.size(); j++) {
        if (j != k) {
          rest.addAll(parts.get(j));
        }
      }
      EntityTagger tagger = trained.tagger(rest);
      for (EntityModelStage.Merge merge : EntityModelStage.Merge.values()) {
        EntityModelStage stage = new EntityModelStage(tagger, merge);
        for (LabelledDocument d : parts.get(k)) {
          predicted
              .computeIfAbsent(merge, m -> new TreeMap<>())
              .put(d.id(), stage.apply(d.analysed()).mentions());
        }
      }
      for (LabelledDocument d : parts.get(k)) {
        gold.put(d.id(), d.labels());
        rules.put(d.id(), d.analysed().mentions());
        texts.put(d.id(), d.analysed().text());
      }
    }
    EntityScorer scorer = new EntityScorer();
    Map<EntityModelStage.Merge, EntityScores> merged = new EnumMap<>(EntityModelStage.Merge.class);
    predicted.forEach((merge, found) -> merged.put(merge, scorer.score(gold, found, texts)));
    return new EntityModelEvaluation(scorer.score(gold, rules, texts), Map.copyOf(merged));
  }

  /** Makes a tagger from training documents. */
  @FunctionalInterface
  public interface Trainer {
    EntityTagger tagger(List<LabelledDocument> training) throws IOException;
  }
}
