package vnie.core;

/**
 * Where a mention came from: the id of the rule, lexicon or model that produced it, e.g. {@code
 * rank-lexicon} or {@code person-after-rank}. It is written to the {@code source} column of the CSV
 * so that a user can trace every row back to its rule.
 */
public record Provenance(String source) {
  public static final Provenance GOLD = new Provenance("gold");

  public Provenance {
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("provenance needs a source id");
    }
  }

  @Override
  public String toString() {
    return source;
  }
}
