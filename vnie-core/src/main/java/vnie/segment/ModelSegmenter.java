package vnie.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.MaxentModel;
import vnie.classify.BackgroundIndex;
import vnie.classify.TemplatePerceptron;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;

/**
 * A word segmenter trained on a treebank ({@link SegmenterTrainer}): it tags every syllable as the
 * beginning of a word or inside one, left to right, each decision seeing the previous one (greedy
 * decoding). A syllable continues the word when no outcome has a higher probability than {@code I}.
 *
 * <p>A perceptron model (the shipped one) is scored through {@link TemplatePerceptron}, which adds
 * up the same weights as OpenNLP's {@code eval} without building feature strings; any other
 * classifier goes through {@code eval}. Both give the same decisions. Thread-safe: each call keeps
 * its own sums.
 */
public final class ModelSegmenter implements WordSegmenter {
  private final MaxentModel classifier;
  // Built in the background; until then OpenNLP's eval gives the same decisions.
  private final BackgroundIndex<Optional<TemplatePerceptron>> perceptron;
  private final WordDictionary dictionary;
  private final int insideIndex;

  public ModelSegmenter(SegmenterModel model) {
    this(model, BackgroundIndex.DEFAULT_USES_BEFORE_BUILD);
  }

  /** For tests: the index is built after {@code usesBeforeIndex} sentences. */
  ModelSegmenter(SegmenterModel model, long usesBeforeIndex) {
    this.classifier = model.classifier();
    this.perceptron =
        new BackgroundIndex<>(
            "vnie-segmenter-index",
            usesBeforeIndex,
            () -> TemplatePerceptron.of(classifier, SyllableFeatures.ALL_TEMPLATES));
    this.dictionary = model.words();
    this.insideIndex = classifier.getIndex(SyllableFeatures.INSIDE);
  }

  /** For tests: waits until the index is built, so that the next calls use it. */
  void awaitIndex() {
    perceptron.await();
  }

  @Override
  public List<Word> segment(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    SyllableFeatures features = SyllableFeatures.of(tokens, dictionary);
    Optional<TemplatePerceptron> index = perceptron.ready();
    TemplatePerceptron.Scores scores =
        index == null ? null : index.map(TemplatePerceptron::scores).orElse(null);
    List<Word> words = new ArrayList<>();
    int first = 0;
    String previous = SyllableFeatures.BEGIN;
    for (int i = 1; i < tokens.size(); i++) {
      boolean inside;
      if (scores == null) {
        inside = isBest(classifier.eval(features.context(i, previous)), insideIndex);
      } else {
        scores.clear();
        features.addFeatures(i, previous, scores);
        inside = insideIsBest(scores.sums(), insideIndex);
      }
      if (!inside) {
        words.add(WordSegmenter.word(tokens, first, i - first));
        first = i;
      }
      previous = inside ? SyllableFeatures.INSIDE : SyllableFeatures.BEGIN;
    }
    words.add(WordSegmenter.word(tokens, first, tokens.size() - first));
    return words;
  }

  /**
   * Whether no outcome's probability is above that of {@code I}, decided on the sums when they are
   * clearly apart and on OpenNLP's exact probabilities otherwise.
   */
  static boolean insideIsBest(double[] sums, int insideIndex) {
    double scale = TemplatePerceptron.scale(sums);
    boolean clearlyBest = true;
    for (int k = 0; k < sums.length; k++) {
      if (k == insideIndex) {
        continue;
      }
      if (TemplatePerceptron.clearlyAbove(sums[k], sums[insideIndex], scale)) {
        return false;
      }
      clearlyBest &= TemplatePerceptron.clearlyAbove(sums[insideIndex], sums[k], scale);
    }
    return clearlyBest || isBest(TemplatePerceptron.probabilities(sums), insideIndex);
  }

  /** Whether no score is above {@code scores[index]}: OpenNLP's probabilities decide so. */
  static boolean isBest(double[] scores, int index) {
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] > scores[index]) {
        return false;
      }
    }
    return true;
  }
}
