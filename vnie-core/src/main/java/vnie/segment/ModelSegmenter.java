package vnie.segment;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import vnie.classify.TemplatePerceptron;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;

/**
 * A word segmenter trained on a treebank ({@link SegmenterTrainer}): it tags every syllable as the
 * beginning of a word or inside one, left to right, each decision seeing the previous one (greedy
 * decoding). A syllable continues the word when no outcome has a higher probability than {@code I}.
 *
 * <p>How a model is scored is chosen once, when the segmenter is made: a perceptron model (the
 * shipped one) through {@link TemplatePerceptron}, which adds up the same weights as OpenNLP's
 * {@code eval} without building feature strings and so takes the same decisions; a model of another
 * kind through OpenNLP's {@code eval}. A personal name never runs on into a lowercase syllable
 * ({@link PersonNameEnd}). Thread-safe: each call keeps its own sums.
 */
public final class ModelSegmenter implements WordSegmenter {
  private final MaxentModel classifier;
  // Null for a model that is not an OpenNLP perceptron: OpenNLP's eval scores it.
  private final TemplatePerceptron perceptron;
  private final WordDictionary dictionary;
  private final WordList lexiconWords;
  private final WordDictionary lexicon;
  private final int insideIndex;

  /** The segmenter of {@code model}, with the lexicon it was trained with. */
  public ModelSegmenter(SegmenterModel model) {
    this(
        model.classifier(),
        TemplatePerceptron.of(model.classifier(), SyllableFeatures.ALL_TEMPLATES).orElse(null),
        model.words(),
        model.lexicon());
  }

  private ModelSegmenter(
      MaxentModel classifier,
      TemplatePerceptron perceptron,
      WordDictionary dictionary,
      WordList lexiconWords) {
    this.classifier = classifier;
    this.perceptron = perceptron;
    this.dictionary = dictionary;
    this.lexiconWords = lexiconWords;
    this.lexicon = WordDictionary.of(lexiconWords.syllables());
    this.insideIndex = classifier.getIndex(SyllableFeatures.INSIDE);
  }

  /**
   * The segmenter of {@code model} scored by OpenNLP's {@code eval} whatever the model's kind: the
   * reference the template scoring is checked against.
   */
  static ModelSegmenter scoredByOpenNlp(SegmenterModel model) {
    return new ModelSegmenter(model.classifier(), null, model.words(), model.lexicon());
  }

  /**
   * This segmenter with {@code words} added to its lexicon: a user's domain terms and names, which
   * the lexicon features then find as they find the lexicon's own words (no retraining). The model
   * is shared, not copied.
   */
  public ModelSegmenter withUserWords(WordList words) {
    return new ModelSegmenter(classifier, perceptron, dictionary, lexiconWords.plus(words));
  }

  /** The words of the lexicon, the model's and the user's. */
  public int lexiconSize() {
    return lexiconWords.size();
  }

  @Override
  public List<Word> segment(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    SyllableFeatures features = SyllableFeatures.of(tokens, dictionary, lexicon);
    TemplatePerceptron.Scores scores = perceptron == null ? null : perceptron.scores();
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
      inside &= !PersonNameEnd.startsAfterName(tokens, first, i);
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
