package vnie.ner;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import vnie.rules.Row;
import vnie.rules.RulePack;
import vnie.text.PhraseLexicon;

/**
 * The words of the date grammar: the month, season and modifier words of {@code ner/date-words.tsv}
 * (matched as the manifest says) and the markers of {@code ner/date-markers.tsv} (matched regardless of
 * case) that open a day, a month, a year … Immutable.
 */
final class DateWords {
  static final String WORDS = "ner/date-words.tsv";
  static final String MARKERS = "ner/date-markers.tsv";

  /** A word of the date grammar: its kind (month, season, modifier) and value (01, SP …). */
  record DateWord(String kind, String value) {}

  /** The markers of {@code date-markers.tsv}, each needed by the grammar. */
  enum Marker {
    DAY,
    MONTH,
    SEASON,
    YEAR,
    DECADE,
    CENTURY,
    RANGE,
    YEAR_OPENER,
    DAY_MONTH_OPENER,
    YEAR_FOLLOWER,
    FULL_MOON,
    NEW_YEAR,
    ORDINAL,
    BEFORE_COMMON_ERA,
    COMMON_ERA,
    LUNAR,
    SAME_YEAR,
    NEXT_YEAR,
    YEAR_LIST,
    DURATION;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  private static final Map<String, Set<String>> VALUES =
      Map.of(
          "month", Set.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"),
          "season", Set.of("SP", "SU", "FA", "WI"),
          "modifier", Set.of(""),
          "cycle", Set.of(""));

  private final PhraseLexicon<DateWord> words;
  private final Map<Marker, PhraseLexicon<String>> markers;

  private DateWords(PhraseLexicon<DateWord> words, Map<Marker, PhraseLexicon<String>> markers) {
    this.words = words;
    this.markers = Map.copyOf(markers);
  }

  static DateWords of(RulePack pack) {
    Map<String, DateWord> words = new LinkedHashMap<>();
    for (Row row : pack.rows(WORDS)) {
      Set<String> values = VALUES.get(row.get(1));
      if (values == null) {
        pack.problem(row, "unknown kind '" + row.get(1) + "' (month, season or modifier)");
      } else if (!values.contains(row.get(2))) {
        pack.problem(row, "a " + row.get(1) + " needs one of the values " + values);
      } else {
        words.put(row.get(0), new DateWord(row.get(1), row.get(2)));
      }
    }
    Map<String, Marker> byId = new HashMap<>();
    for (Marker m : Marker.values()) {
      byId.put(m.id(), m);
    }
    Map<Marker, Map<String, String>> phrases = new HashMap<>();
    for (Row row : pack.rows(MARKERS)) {
      Marker marker = byId.get(row.get(0));
      if (marker == null) {
        pack.problem(row, "unknown marker '" + row.get(0) + "'; the grammar's: " + byId.keySet());
      } else {
        phrases.computeIfAbsent(marker, m -> new LinkedHashMap<>()).put(row.get(1), row.get(1));
      }
    }
    Map<Marker, PhraseLexicon<String>> markers = new HashMap<>();
    for (Marker m : Marker.values()) {
      if (!phrases.containsKey(m)) {
        pack.problem(MARKERS, "no phrase of the marker '" + m.id() + "', which the grammar needs");
      }
      markers.put(m, PhraseLexicon.of(phrases.getOrDefault(m, Map.of()), true));
    }
    return new DateWords(PhraseLexicon.of(words, pack.file(WORDS).anyCase()), markers);
  }

  /** True when a year of the sexagenary cycle (Canh Tuất, Mậu Thân) starts at {@code i}. */
  boolean cycleYearAt(SentenceView s, int i) {
    PhraseLexicon.Match<DateWord> stem = wordAt(s, i);
    PhraseLexicon.Match<DateWord> branch = wordAt(s, i + 1);
    return stem != null
        && branch != null
        && stem.value().kind().equals("cycle")
        && branch.value().kind().equals("cycle")
        && s.isNamePart(i)
        && s.isNamePart(i + 1);
  }

  /** The month, season or modifier word at {@code i}, with its length; null when none is. */
  PhraseLexicon.Match<DateWord> wordAt(SentenceView s, int i) {
    return s.inRange(i) ? words.longestAt(s.tokens(), i) : null;
  }

  /** The length of the phrase of {@code marker} at {@code i}, or 0. */
  int at(SentenceView s, int i, Marker marker) {
    return s.lengthAt(markers.get(marker), i);
  }

  /** True when a phrase of {@code marker} ends right before {@code end}. */
  boolean before(SentenceView s, int end, Marker marker) {
    return s.endsWith(markers.get(marker), end);
  }
}
