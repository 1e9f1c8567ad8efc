package vnie.ner;

/**
 * Priorities of the merge of the trained model's mentions with the rules'. Those of the rule
 * families among themselves are data: {@code ner/priorities.tsv} of the rule pack ({@link
 * Priorities}). The trained model comes last: it only fills gaps the rules leave.
 */
final class Priority {
  /** The mentions the rule stage kept, when the model's are merged with them. */
  static final int RULES = 1000;

  static final int MODEL = 30;

  private Priority() {}
}
