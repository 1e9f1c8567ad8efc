package vnie.ner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vnie.core.Lexicons;
import vnie.text.PhraseLexicon;

/**
 * Every lexicon of the rule stage, read once from {@code src/main/resources/vnie/ner/}. Each file's
 * name, without extension, is the provenance id of the mentions it produces. Immutable.
 */
record NerLexicons(
    PhraseLexicon<String> ranks,
    Set<String> rankBlockers,
    PhraseLexicon<String> formations,
    PhraseLexicon<String> descriptors,
    PhraseLexicon<String> namedForces,
    PhraseLexicon<String> countries,
    PhraseLexicon<String> places,
    PhraseLexicon<String> placeClassifiers,
    PhraseLexicon<String> placePrepositions,
    Set<String> regionWords,
    Set<String> languageMarkers,
    Set<String> pronounFollowers,
    PhraseLexicon<String> eventNames,
    PhraseLexicon<String> personCues,
    PhraseLexicon<DateWord> dateWords,
    PhraseLexicon<String> rankCues,
    Set<String> nameParticles,
    PhraseLexicon<String> surnames,
    PhraseLexicon<String> nationalityCues,
    Set<String> notPlaces,
    PhraseLexicon<String> notPlaceHeads,
    Set<String> countryShortForms,
    PhraseLexicon<String> placeNumberClassifiers,
    List<Pattern> unitCodes,
    PhraseLexicon<String> unitAcronymCues,
    PhraseLexicon<String> compassDirections,
    PhraseLexicon<String> countNouns) {

  /** A word of the date grammar: its kind (month, season, modifier) and value (01, SP …). */
  public record DateWord(String kind, String value) {}

  /**
   * True when the number at {@code i} ends a list ({@code sư đoàn 6, 7 và 341}) rather than counts
   * what follows it ({@code 3 tiểu đoàn}).
   */
  boolean isListedNumber(SentenceView s, int i) {
    return countNouns.longestAt(s.tokens(), i + 1) == null
        && formations.longestAt(s.tokens(), i + 1) == null;
  }

  /** Loads the lexicons shipped with vnie. */
  public static NerLexicons load() {
    return new NerLexicons(
        table("ranks.tsv", true),
        Lexicons.lines("ner/rank-blockers.txt"),
        table("unit-formations.tsv", true),
        phrases("unit-descriptors.txt", true),
        phrases("named-forces.txt", false),
        phrases("countries.txt", false),
        phrases("places.txt", false),
        phrases("place-classifiers.txt", false),
        phrases("place-prepositions.txt", false),
        Lexicons.lines("ner/region-words.txt"),
        Lexicons.lines("ner/language-markers.txt"),
        Lexicons.lines("ner/pronoun-followers.txt"),
        phrases("event-names.txt", false),
        phrases("person-cues.txt", true),
        loadDateWords(),
        phrases("rank-cues.txt", true),
        Lexicons.lines("ner/name-particles.txt"),
        phrases("person-surnames.txt", false),
        phrases("nationality-cues.txt", false),
        Lexicons.lines("ner/not-places.txt"),
        phrases("not-place-heads.txt", false),
        Lexicons.lines("ner/country-short-forms.txt"),
        phrases("place-number-classifiers.txt", false),
        Lexicons.lines("ner/unit-codes.txt").stream().map(Pattern::compile).toList(),
        phrases("unit-acronym-cues.txt", false),
        phrases("compass-directions.txt", false),
        phrases("count-nouns.txt", true));
  }

  private static PhraseLexicon<String> phrases(String file, boolean ignoreCase) {
    return PhraseLexicon.ofPhrases(Lexicons.lines("ner/" + file), ignoreCase);
  }

  /** A two-column file: phrase, then its kind. */
  private static PhraseLexicon<String> table(String file, boolean ignoreCase) {
    Map<String, String> map = new LinkedHashMap<>();
    for (List<String> row : Lexicons.rows("ner/" + file)) {
      map.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    }
    return PhraseLexicon.of(map, ignoreCase);
  }

  /** Date words with their kind and value; the value is empty for modifiers. */
  private static PhraseLexicon<DateWord> loadDateWords() {
    Map<String, DateWord> map = new LinkedHashMap<>();
    for (List<String> row : Lexicons.rows("ner/date-words.tsv")) {
      map.put(row.get(0), new DateWord(row.get(1), row.size() > 2 ? row.get(2) : ""));
    }
    return PhraseLexicon.of(map, false);
  }
}
