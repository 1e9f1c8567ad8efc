package vnie.core;

/** A relation between two mentions of the same sentence. */
public record Relation(RelationType type, Mention arg1, Mention arg2, Provenance provenance) {
  public Relation {
    if (type == null || arg1 == null || arg2 == null || provenance == null) {
      throw new IllegalArgumentException("incomplete relation");
    }
  }
}
