package vnie.train;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Word classes learned from raw text by the predictive exchange algorithm (Uszkoreit and Brants
 * 2008, after Kneser and Ney): each word is moved, in turn, to the class that most raises the
 * likelihood of a class bigram model in which a word predicts the class of the word after it. Words
 * that occur in the same contexts end up in one class, so a class stands for words the training
 * data of a model never showed (a rare family name, an unseen district).
 *
 * <p>Deterministic: words are initialised to {@code rank % classes} by frequency and visited in
 * frequency order. The work per iteration is about (distinct bigrams × classes).
 */
public final class ExchangeClustering {
  /** Counts below this are looked up in a table of x·log x; larger ones are computed. */
  private static final int TABLE_SIZE = 1 << 20;

  private static final double[] X_LOG_X = new double[TABLE_SIZE];

  static {
    for (int x = 1; x < TABLE_SIZE; x++) {
      X_LOG_X[x] = x * Math.log(x);
    }
  }

  private ExchangeClustering() {}

  /**
   * The classes of words {@code 0 .. wordCounts.length - 1}.
   *
   * @param wordCounts how often each word occurs (as the second word of a bigram)
   * @param predecessors for each word, the ids of the words seen right before it (each once; ids
   *     may go up to {@code predecessorIds - 1}, which leaves room for a sentence-start id)
   * @param pairCounts for each word, how often each of its predecessors stood before it
   * @param predecessorIds how many distinct ids a predecessor may have
   * @param classes how many classes to make
   * @param iterations passes over all words
   * @return the class of each word
   */
  public static int[] cluster(
      int[] wordCounts,
      int[][] predecessors,
      int[][] pairCounts,
      int predecessorIds,
      int classes,
      int iterations) {
    int words = wordCounts.length;
    Integer[] byFrequency =
        IntStream.range(0, words)
            .boxed()
            .sorted(Comparator.comparingInt((Integer w) -> -wordCounts[w]).thenComparingInt(w -> w))
            .toArray(Integer[]::new);
    Assignment assignment =
        new Assignment(words, classes, predecessorIds, wordCounts, predecessors, pairCounts);
    int[] classOf = assignment.classOf;
    long[] classCounts = assignment.classCounts;
    int[][] predecessorClassCounts = assignment.predecessorClassCounts;
    for (int rank = 0; rank < words; rank++) {
      assignment.move(byFrequency[rank], rank % classes, +1);
    }
    double[] gain = new double[classes];
    for (int iteration = 0; iteration < iterations; iteration++) {
      int moved = 0;
      for (Integer boxed : byFrequency) {
        int w = boxed;
        int from = classOf[w];
        assignment.move(w, from, -1);
        for (int c = 0; c < classes; c++) {
          gain[c] = xLogX(classCounts[c]) - xLogX(classCounts[c] + wordCounts[w]);
        }
        int[] preds = predecessors[w];
        int[] counts = pairCounts[w];
        for (int k = 0; k < preds.length; k++) {
          int[] row = predecessorClassCounts[preds[k]];
          int n = counts[k];
          for (int c = 0; c < classes; c++) {
            int before = row[c];
            gain[c] += xLogX(before + n) - xLogX(before);
          }
        }
        int best = from;
        for (int c = 0; c < classes; c++) {
          if (gain[c] > gain[best] + 1e-9) {
            best = c;
          }
        }
        if (best != from) {
          moved++;
        }
        assignment.move(w, best, +1);
      }
      if (moved == 0) {
        break;
      }
    }
    return Arrays.copyOf(classOf, words);
  }

  /** The class of each word and the counts that follow from it, kept in step by {@link #move}. */
  private static final class Assignment {
    final int[] classOf;
    final long[] classCounts;
    final int[][] predecessorClassCounts;
    private final int[] wordCounts;
    private final int[][] predecessors;
    private final int[][] pairCounts;

    Assignment(
        int words,
        int classes,
        int predecessorIds,
        int[] wordCounts,
        int[][] predecessors,
        int[][] pairCounts) {
      this.classOf = new int[words];
      this.classCounts = new long[classes];
      this.predecessorClassCounts = new int[predecessorIds][classes];
      this.wordCounts = wordCounts;
      this.predecessors = predecessors;
      this.pairCounts = pairCounts;
    }

    /** Adds word {@code w} to class {@code c} (sign +1) or takes it out of it (sign -1). */
    void move(int w, int c, int sign) {
      classOf[w] = c;
      classCounts[c] += (long) sign * wordCounts[w];
      int[] preds = predecessors[w];
      int[] counts = pairCounts[w];
      for (int k = 0; k < preds.length; k++) {
        predecessorClassCounts[preds[k]][c] += sign * counts[k];
      }
    }
  }

  private static double xLogX(long x) {
    if (x < TABLE_SIZE) {
      return X_LOG_X[(int) x];
    }
    double d = (double) x;
    return d * Math.log(d);
  }
}
