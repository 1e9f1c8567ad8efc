package vnie.eval;

/** How a predicted entity mention has to agree with a gold one to count as found. */
public enum MatchMode {
  /** Same start, end and type. */
  STRICT,
  /**
   * Same type and overlapping spans, each mention used at most once; exact matches are paired
   * first, so a strict match is always an overlap match too.
   */
  OVERLAP
}
