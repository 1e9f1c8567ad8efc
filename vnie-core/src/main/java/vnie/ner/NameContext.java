package vnie.ner;

import java.util.List;
import vnie.classify.FeatureSink;
import vnie.classify.FeatureTemplate;
import vnie.classify.FeatureTemplates;
import vnie.classify.WordWindow;
import vnie.core.Word;

/**
 * The entity model's {@code context} features: the words of the segmentation before and after the
 * token's word, and, for a token of a run of capitalised syllables (a name, as written), the words
 * around the run, its length, the token's place in it, and its first and last syllables. A name's
 * kind is often said by the word before it ({@code tàu Hunt}, {@code tỉnh Kon Tum}, {@code tướng
 * Soubise}), which the syllable window misses once the name runs over two syllables.
 */
final class NameContext {
  private static final String START = WordWindow.START;
  private static final String END = WordWindow.END;
  private static final String[] COUNTS = {"0", "1", "2", "3"};

  private final FeatureTemplate wordBefore;
  private final FeatureTemplate wordAfter;
  private final FeatureTemplate runBefore;
  private final FeatureTemplate runAfter;
  private final FeatureTemplate runPlace;
  private final FeatureTemplate runBeforeTwo;
  private final FeatureTemplate runEnds;

  /** Declares the context's templates next in {@code templates}. */
  NameContext(FeatureTemplates templates) {
    wordBefore = templates.of("sw-1=");
    wordAfter = templates.of("sw+1=");
    runBefore = templates.of("nb=");
    runAfter = templates.of("na=");
    runPlace = templates.of("nl=", 2, "|");
    runBeforeTwo = templates.of("nbb=", 2, "|");
    runEnds = templates.of("ne=", 2, "|");
  }

  /**
   * The context of one sentence's tokens: per token the words of the segmentation before and after
   * its word, and where its run of capitalised syllables begins and ends (-1 outside every run).
   * Arrays private to the sentence's features, never handed out.
   */
  static final class Values {
    private final String[] wordBefore;
    private final String[] wordAfter;
    private final int[] runStart;
    private final int[] runEnd;
    private final String[] lower;
    private final String[] segment;

    private Values(
        String[] wordBefore, String[] wordAfter, String[] lower, String[] shape, String[] segment) {
      this.wordBefore = wordBefore;
      this.wordAfter = wordAfter;
      this.lower = lower;
      this.segment = segment;
      int n = shape.length;
      runStart = new int[n];
      runEnd = new int[n];
      for (int a = 0; a < n; ) {
        if (!isCapitalised(shape[a])) {
          runStart[a] = -1;
          runEnd[a] = -1;
          a++;
          continue;
        }
        int b = a + 1;
        while (b < n && isCapitalised(shape[b])) {
          b++;
        }
        for (int k = a; k < b; k++) {
          runStart[k] = a;
          runEnd[k] = b;
        }
        a = b;
      }
    }

    private static boolean isCapitalised(String shape) {
      return shape.equals("Xx") || shape.equals("X");
    }
  }

  /** The values of a sentence of {@code words}, its tokens given as {@code lower} and so on. */
  static Values values(List<Word> words, String[] lower, String[] shape, String[] segment) {
    int n = lower.length;
    String[] before = new String[n];
    String[] after = new String[n];
    for (int w = 0; w < words.size(); w++) {
      String previous = w > 0 ? segment[words.get(w - 1).firstToken()] : START;
      String next = w + 1 < words.size() ? segment[words.get(w + 1).firstToken()] : END;
      for (int k = words.get(w).firstToken(); k < words.get(w).endToken() && k < n; k++) {
        before[k] = previous;
        after[k] = next;
      }
    }
    return new Values(before, after, lower, shape, segment);
  }

  /** Writes the context of token {@code i} to {@code sink}. */
  void add(Values v, int i, FeatureSink sink) {
    if (v.wordBefore[i] != null) {
      sink.add(wordBefore, v.wordBefore[i]);
      sink.add(wordAfter, v.wordAfter[i]);
    }
    int a = v.runStart[i];
    if (a < 0) {
      return;
    }
    int b = v.runEnd[i];
    int n = v.lower.length;
    String before = a > 0 ? v.segment[a - 1] : START;
    sink.add(runBefore, before);
    sink.add(runAfter, b < n ? v.segment[b] : END);
    sink.add(runPlace, COUNTS[Math.min(b - a, 4) - 1], COUNTS[Math.min(i - a, 3)]);
    sink.add(runBeforeTwo, a > 1 ? v.lower[a - 2] : START, before);
    sink.add(runEnds, v.lower[a], v.lower[b - 1]);
  }
}
