package vnie.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vnie.core.Mention;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.ner.LabelledDocument;
import vnie.ner.ModelNerStage;
import vnie.ner.NameModelTrainer;

/**
 * K-fold cross-validation of the name model by document: each fold's documents are scored with a
 * model trained on all the others (leave-one-document-out when k is the number of documents). It
 * scores the model alone, the rules alone, and the rules with the model merged in.
 */
public final class NameModelCrossValidation {
  /** The scores over all folds, pooled (micro over documents). */
  public record Result(
      int folds, EntityScores modelOnly, EntityScores rulesOnly, EntityScores rulesAndModel) {}

  private NameModelCrossValidation() {}

  /**
   * Runs {@code k}-fold cross-validation on {@code documents}; {@code alwaysTrain} documents (e.g.
   * the project's own annotations) join every fold's training data and are never scored.
   */
  public static Result run(
      List<LabelledDocument> documents,
      int k,
      NameModelTrainer.Options options,
      List<LabelledDocument> alwaysTrain)
      throws IOException {
    if (k < 2 || documents.size() < 2) {
      throw new IllegalArgumentException("cross-validation needs k >= 2 and two documents");
    }
    int folds = Math.min(k, documents.size());
    Map<String, List<Mention>> gold = new TreeMap<>();
    Map<String, List<Mention>> model = new TreeMap<>();
    Map<String, List<Mention>> rules = new TreeMap<>();
    Map<String, List<Mention>> both = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    for (int fold = 0; fold < folds; fold++) {
      List<LabelledDocument> train = new ArrayList<>(alwaysTrain);
      List<LabelledDocument> test = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        (i % folds == fold ? test : train).add(documents.get(i));
      }
      ModelNerStage stage = new ModelNerStage(new NameModelTrainer(options).train(train));
      for (LabelledDocument d : test) {
        gold.put(d.id(), d.labels());
        texts.put(d.id(), d.analysed().text());
        rules.put(d.id(), d.analysed().mentions());
        model.put(d.id(), stage.modelOnly(d.analysed()));
        both.put(d.id(), stage.apply(d.analysed()).mentions());
      }
    }
    EntityScorer scorer = new EntityScorer();
    return new Result(
        folds,
        scorer.score(gold, model, texts),
        scorer.score(gold, rules, texts),
        scorer.score(gold, both, texts));
  }
}
