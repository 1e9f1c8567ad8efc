package vnie.eval;

/** True positives, false positives and false negatives, with the measures derived from them. */
public record Counts(int tp, int fp, int fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count " + tp + "/" + fp + "/" + fn);
    }
  }

  /** tp / (tp + fp), or 0 when nothing was predicted. */
  public double precision() {
    return ratio(tp, tp + fp);
  }

  /** tp / (tp + fn), or 0 when there is no gold. */
  public double recall() {
    return ratio(tp, tp + fn);
  }

  /** The harmonic mean of precision and recall, or 0 when both are 0. */
  public double f1() {
    return ratio(2 * tp, 2 * tp + fp + fn);
  }

  public Counts plus(Counts other) {
    return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
