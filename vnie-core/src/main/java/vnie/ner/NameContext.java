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
   * The context of one sentence's tokens.
   *
   * @param lower the tokens lowercased
   * @param segment the word of the segmentation each token belongs to, lowercased
   */
  record Values(
      String[] wordBefore, String[] wordAfter, Runs runs, String[] lower, String[] segment) {}

  /**
   * Where the runs of capitalised syllables of a sentence begin and end, per token (-1 outside).
   */
  record Runs(int[] start, int[] end) {
    /** The runs of the tokens of shapes {@code shape} ({@link EntityFeatures#shape}). */
    static Runs of(String[] shape) {
      int n = shape.length;
      int[] start = new int[n];
      int[] end = new int[n];
      for (int a = 0; a < n; ) {
        if (!isCapitalised(shape[a])) {
          start[a] = -1;
          end[a] = -1;
          a++;
          continue;
        }
        int b = a + 1;
        while (b < n && isCapitalised(shape[b])) {
          b++;
        }
        for (int k = a; k < b; k++) {
          start[k] = a;
          end[k] = b;
        }
        a = b;
      }
      return new Runs(start, end);
    }

    /** The word before token {@code i}'s run ({@link WordWindow#START} at the start), or null. */
    String wordBefore(int i, String[] segment) {
      int a = start[i];
      return a < 0 ? null : a > 0 ? segment[a - 1] : START;
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
    return new Values(before, after, Runs.of(shape), lower, segment);
  }

  /** Writes the context of token {@code i} to {@code sink}. */
  void add(Values v, int i, FeatureSink sink) {
    if (v.wordBefore[i] != null) {
      sink.add(wordBefore, v.wordBefore[i]);
      sink.add(wordAfter, v.wordAfter[i]);
    }
    int a = v.runs.start()[i];
    if (a < 0) {
      return;
    }
    int b = v.runs.end()[i];
    int n = v.lower.length;
    String before = v.runs.wordBefore(i, v.segment);
    sink.add(runBefore, before);
    sink.add(runAfter, b < n ? v.segment[b] : END);
    sink.add(runPlace, COUNTS[Math.min(b - a, 4) - 1], COUNTS[Math.min(i - a, 3)]);
    sink.add(runBeforeTwo, a > 1 ? v.lower[a - 2] : START, before);
    sink.add(runEnds, v.lower[a], v.lower[b - 1]);
  }
}
