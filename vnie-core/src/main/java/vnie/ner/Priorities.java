package vnie.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnie.rules.Row;
import vnie.rules.RulePack;

/**
 * The priority of each source of the entity rules ({@code ner/priorities.tsv}), which decides which
 * proposal wins an overlap (see {@link MentionMerger}). Every source the rules produce must have
 * one, and every source listed must be one of them. Immutable.
 */
final class Priorities {
  static final String FILE = "ner/priorities.tsv";

  /** Every source the entity rules give their mentions. */
  static final List<String> SOURCES =
      List.of(
          DateRule.SOURCE,
          UnitRule.NAMED,
          UnitRule.PATTERN,
          UnitRule.CODE,
          UnitRule.ACRONYM,
          RankRule.SOURCE,
          PersonRule.AFTER_RANK,
          PersonRule.AFTER_CUE,
          BracketRule.LIFESPAN,
          PersonRule.SURNAME,
          NamePropagation.PERSON_SOURCE,
          LocationRule.REGION,
          LocationRule.COUNTRIES,
          LocationRule.PLACES,
          PlaceShapeRule.COMPOUND,
          PlaceShapeRule.NUMBER,
          BracketRule.ALIAS,
          LocationRule.CLASSIFIER,
          LocationRule.PREPOSITION,
          LocationRule.NATIONALITY,
          PlaceShapeRule.LIST,
          NamePropagation.PLACE_SOURCE);

  private final Map<String, Integer> bySource;

  private Priorities(Map<String, Integer> bySource) {
    this.bySource = Map.copyOf(bySource);
  }

  static Priorities of(RulePack pack) {
    Map<String, Integer> bySource = new HashMap<>();
    for (Row row : pack.rows(FILE)) {
      if (!SOURCES.contains(row.get(0))) {
        pack.problem(row, "unknown source '" + row.get(0) + "'; the rules' sources: " + SOURCES);
        continue;
      }
      try {
        bySource.put(row.get(0), Integer.parseInt(row.get(1)));
      } catch (NumberFormatException e) {
        pack.problem(row, "the priority must be a whole number: " + row.get(1));
      }
    }
    for (String source : SOURCES) {
      if (!bySource.containsKey(source)) {
        pack.problem(FILE, "no priority for the source '" + source + "'");
        bySource.put(source, 0);
      }
    }
    return new Priorities(bySource);
  }

  /** The priority of the mentions of {@code source}, one of {@link #SOURCES}. */
  int of(String source) {
    Integer priority = bySource.get(source);
    if (priority == null) {
      throw new IllegalArgumentException("no priority for the source " + source);
    }
    return priority;
  }
}
