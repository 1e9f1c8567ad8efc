package vnie.segment;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.Word;

/**
 * A word segmenter trained on a treebank ({@link SegmenterTrainer}): it tags every syllable as the
 * beginning of a word or inside one, left to right, each decision seeing the previous one (greedy
 * decoding). Thread-safe: the classifier's {@code eval} keeps no state between calls.
 */
public final class ModelSegmenter implements WordSegmenter {
  private final MaxentModel classifier;
  private final WordDictionary dictionary;
  private final int insideIndex;

  public ModelSegmenter(SegmenterModel model) {
    this.classifier = model.classifier();
    this.dictionary = model.words();
    this.insideIndex = classifier.getIndex(SyllableFeatures.INSIDE);
  }

  @Override
  public List<Word> segment(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    SyllableFeatures features = SyllableFeatures.of(tokens, dictionary);
    List<Word> words = new ArrayList<>();
    int first = 0;
    String previous = SyllableFeatures.BEGIN;
    for (int i = 1; i < tokens.size(); i++) {
      double[] scores = classifier.eval(features.context(i, previous));
      boolean inside = isBest(scores, insideIndex);
      if (!inside) {
        words.add(WordSegmenter.word(tokens, first, i - first));
        first = i;
      }
      previous = inside ? SyllableFeatures.INSIDE : SyllableFeatures.BEGIN;
    }
    words.add(WordSegmenter.word(tokens, first, tokens.size() - first));
    return words;
  }

  private static boolean isBest(double[] scores, int index) {
    for (int k = 0; k < scores.length; k++) {
      if (scores[k] > scores[index]) {
        return false;
      }
    }
    return true;
  }
}
