package vnie.eval;

/** How many strictly matched DATE mentions carry the gold value. */
public record ValueAccuracy(int correct, int total) {
  public ValueAccuracy {
    if (correct < 0 || total < correct) {
      throw new IllegalArgumentException("bad accuracy " + correct + "/" + total);
    }
  }

  /** correct / total, or 0 when no DATE matched. */
  public double accuracy() {
    return total == 0 ? 0 : (double) correct / total;
  }
}
