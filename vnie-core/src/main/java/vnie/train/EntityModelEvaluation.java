package vnie.train;

import java.io.IOException;
import java.io.UncheckedIOException;
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
    List<Example> rules = new ArrayList<>();
    Map<EntityModelStage.Merge, List<Example>> predicted =
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
        predicted
            .computeIfAbsent(merge, m -> new ArrayList<>())
            .addAll(examples(parts.get(k), stage::apply));
      }
      rules.addAll(examples(parts.get(k), UnaryOperator.identity()));
    }
    EntityScorer scorer = new EntityScorer();
    Map<EntityModelStage.Merge, EntityScores> merged = new EnumMap<>(EntityModelStage.Merge.class);
    predicted.forEach((merge, found) -> merged.put(merge, scorer.score(Examples.of(found))));
    return new EntityModelEvaluation(scorer.score(Examples.of(rules)), Map.copyOf(merged));
  }

  /** Each document's labels against the mentions of {@code predict} on its analysis. */
  private static List<Example> examples(
      List<LabelledDocument> documents, UnaryOperator<Document> predict) {
    List<Example> examples = new ArrayList<>();
    for (LabelledDocument d : documents) {
      Document gold = d.analysed().withMentions(d.labels());
      examples.add(new Example(gold, predict.apply(d.analysed())));
    }
    return examples;
  }

  /** Makes a tagger from training documents. */
  @FunctionalInterface
  public interface Trainer {
    EntityTagger tagger(List<LabelledDocument> training) throws IOException;
  }
}
