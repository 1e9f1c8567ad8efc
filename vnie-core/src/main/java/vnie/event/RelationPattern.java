package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vnie.core.EntityType;
import vnie.core.RelationType;

/**
 * A relation pattern of {@code relation-patterns.tsv}: its id, which becomes the provenance of the
 * relations it finds, the relation it gives and its elements.
 */
record RelationPattern(String id, RelationType type, List<PatternElement> elements) {
  private static final Pattern SPACES = Pattern.compile(" +");
  private static final Pattern UNDERSCORE = Pattern.compile("_");
  private static final Pattern SLOT =
      Pattern.compile(
          "(\\^)?(PERSON|RANK|UNIT|LOCATION|DATE)(?:\\[([a-z-]+)])?(\\+)?(?::([12]))?(\\?)?");
  private static final String GAP = "…";
  private static final String BRACKETS = "(…)";

  RelationPattern {
    elements = List.copyOf(elements);
  }

  /**
   * Parses one row of the pattern file.
   *
   * @throws IllegalStateException naming the pattern when it is malformed or its arguments do not
   *     fit the relation
   */
  static RelationPattern parse(List<String> row, Cues cues, RankKinds rankKinds) {
    if (row.size() != 3) {
      throw new IllegalStateException("a relation pattern needs id, relation, pattern: " + row);
    }
    String id = row.get(0);
    RelationType type;
    try {
      type = RelationType.valueOf(row.get(1));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(id + ": unknown relation " + row.get(1), e);
    }
    List<PatternElement> elements = new ArrayList<>();
    EntityType lastSlot = null;
    for (String part : SPACES.split(row.get(2).trim(), -1)) {
      PatternElement element = element(id, part, lastSlot, cues, rankKinds);
      if (element instanceof PatternElement.Slot slot) {
        lastSlot = slot.type();
      }
      elements.add(element);
    }
    RelationPattern pattern = new RelationPattern(id, type, elements);
    pattern.checkArgument(1, type.arg1());
    pattern.checkArgument(2, type.arg2());
    return pattern;
  }

  private static PatternElement element(
      String id, String part, EntityType lastSlot, Cues cues, RankKinds rankKinds) {
    boolean optional = part.length() > 1 && part.endsWith("?");
    String bare = optional ? part.substring(0, part.length() - 1) : part;
    Matcher slot = SLOT.matcher(part);
    if (slot.matches()) {
      if (slot.group(3) != null && !rankKinds.has(slot.group(3))) {
        throw new IllegalStateException(
            id + ": no rank of ner/ranks.tsv has the kind " + slot.group(3) + ": " + part);
      }
      return new PatternElement.Slot(
          EntityType.valueOf(slot.group(2)),
          slot.group(3),
          slot.group(4) != null,
          slot.group(1) != null,
          slot.group(5) == null ? 0 : Integer.parseInt(slot.group(5)),
          slot.group(6) != null);
    }
    if (part.startsWith("!")) {
      try {
        return new PatternElement.Absent(EntityType.valueOf(part.substring(1)));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(id + ": '" + part + "' names no entity type", e);
      }
    }
    if (bare.startsWith("@")) {
      String list = bare.substring(1);
      if (!cues.has(list)) {
        throw new IllegalStateException(id + ": no cue list " + list + " in event/cues.tsv");
      }
      return new PatternElement.Cue(list, optional);
    }
    if (bare.equals(BRACKETS)) {
      return new PatternElement.Brackets(optional);
    }
    if (part.equals(GAP)) {
      return new PatternElement.Gap(lastSlot);
    }
    if (!bare.equals(bare.toLowerCase(Locale.ROOT))) {
      throw new IllegalStateException(id + ": '" + part + "' is neither an element nor a word");
    }
    return new PatternElement.Words(List.of(UNDERSCORE.split(bare, -1)), optional);
  }

  private void checkArgument(int arg, EntityType expected) {
    int count = 0;
    for (PatternElement e : elements) {
      if (e instanceof PatternElement.Slot s && s.arg() == arg) {
        if (s.type() != expected || s.optional()) {
          throw new IllegalStateException(
              id + ": Arg" + arg + " of " + type + " must be a required " + expected);
        }
        count++;
      }
    }
    if (count != 1) {
      throw new IllegalStateException(id + ": needs exactly one slot marked :" + arg);
    }
  }
}
