package vnie.event;

import java.util.List;
import vnie.core.EntityType;

/** One element of a relation pattern; the syntax is described in {@code relation-patterns.tsv}. */
sealed interface PatternElement {
  /** Whether the pattern may go on without this element. */
  boolean optional();

  /**
   * A mention of {@code type} starting here.
   *
   * @param kind the RANK kind it must have in {@code ner/ranks.tsv}, or null for any
   * @param list whether a list of mentions joined by {@code @list-joiner} words may stand here
   * @param head whether it must not follow a {@code @genitive} word
   * @param arg 1 or 2 for the relation's argument it gives, 0 for none
   */
  record Slot(EntityType type, String kind, boolean list, boolean head, int arg, boolean optional)
      implements PatternElement {}

  /** No mention of {@code type} starts here; consumes nothing. */
  record Absent(EntityType type) implements PatternElement {
    @Override
    public boolean optional() {
      return false;
    }
  }

  /** These tokens, in lower case. */
  record Words(List<String> forms, boolean optional) implements PatternElement {}

  /** A phrase of a cue list. */
  record Cue(String list, boolean optional) implements PatternElement {}

  /** A bracketed group. */
  record Brackets(boolean optional) implements PatternElement {}

  /**
   * Up to {@link #MAX_TOKENS} tokens of one clause holding no heading mention of {@code guard}.
   *
   * @param guard the type of the slot before the gap, or null when none precedes it
   */
  record Gap(EntityType guard) implements PatternElement {
    static final int MAX_TOKENS = 25;

    @Override
    public boolean optional() {
      return false;
    }
  }
}
