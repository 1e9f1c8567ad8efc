package vnie.eval;

/** Precision, recall and F1 averaged over entity types, each type weighing the same. */
public record MacroAverage(double precision, double recall, double f1) {
  public static final MacroAverage ZERO = new MacroAverage(0, 0, 0);
}
