package vnie.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vnie.rules.RulePack;
import vnie.text.PhraseLexicon;

/**
 * Every list of the entity rules, read once from the rule pack's {@code ner/} files (see {@code
 * vnie/rules/manifest.tsv}, which says how each is matched). Each file's name, without extension,
 * is the provenance id of the mentions it produces. A list is a field read from its file by path;
 * the pack records a problem for a missing file or a row that does not fit. Immutable.
 */
final class NerLexicons {
  final PhraseLexicon<String> ranks;
  final Set<String> rankBlockers;
  final Set<String> notInUnitNames;
  final PhraseLexicon<String> formations;
  final PhraseLexicon<String> descriptors;
  final PhraseLexicon<String> unitNumberMarkers;
  final PhraseLexicon<String> namedForces;
  final PhraseLexicon<String> countries;
  final PhraseLexicon<String> places;
  final PhraseLexicon<String> placeClassifiers;
  final PhraseLexicon<String> placePrepositions;
  final PhraseLexicon<String> regionHeads;
  final Set<String> regionWords;
  final Set<String> languageMarkers;
  final Set<String> pronounFollowers;
  final PhraseLexicon<String> eventNames;
  final PhraseLexicon<String> personCues;
  final PhraseLexicon<String> rankCues;
  final Set<String> nameParticles;
  final PhraseLexicon<String> surnames;
  final PhraseLexicon<String> nationalityCues;
  final Set<String> notPlaces;
  final PhraseLexicon<String> notPlaceHeads;
  final Set<String> countryShortForms;
  final PhraseLexicon<String> placeNumberClassifiers;
  final Set<String> placeListClosers;
  final PhraseLexicon<String> listJoiners;
  final List<Pattern> unitCodes;
  final PhraseLexicon<String> unitAcronymCues;
  final PhraseLexicon<String> compassDirections;
  final PhraseLexicon<String> countNouns;
  final DateWords dates;
  final Priorities priorities;

  private NerLexicons(RulePack pack) {
    ranks = pack.table("ner/ranks.tsv");
    rankBlockers = pack.entries("ner/rank-blockers.txt");
    notInUnitNames = pack.entries("ner/not-in-unit-names.txt");
    formations = pack.table("ner/unit-formations.tsv");
    descriptors = pack.phrases("ner/unit-descriptors.txt");
    unitNumberMarkers = pack.phrases("ner/unit-number-markers.txt");
    namedForces = pack.phrases("ner/named-forces.txt");
    countries = pack.phrases("ner/countries.txt");
    places = pack.phrases("ner/places.txt");
    placeClassifiers = pack.phrases("ner/place-classifiers.txt");
    placePrepositions = pack.phrases("ner/place-prepositions.txt");
    regionHeads = pack.phrases("ner/region-heads.txt");
    regionWords = pack.entries("ner/region-words.txt");
    languageMarkers = pack.entries("ner/language-markers.txt");
    pronounFollowers = pack.entries("ner/pronoun-followers.txt");
    eventNames = pack.phrases("ner/event-names.txt");
    personCues = pack.phrases("ner/person-cues.txt");
    rankCues = pack.phrases("ner/rank-cues.txt");
    nameParticles = pack.entries("ner/name-particles.txt");
    surnames = pack.phrases("ner/person-surnames.txt");
    nationalityCues = pack.phrases("ner/nationality-cues.txt");
    notPlaces = pack.entries("ner/not-places.txt");
    notPlaceHeads = pack.phrases("ner/not-place-heads.txt");
    countryShortForms = pack.entries("ner/country-short-forms.txt");
    placeNumberClassifiers = pack.phrases("ner/place-number-classifiers.txt");
    placeListClosers = lowercase(pack.entries("ner/place-list-closers.txt"));
    listJoiners = pack.phrases("ner/list-joiners.txt");
    unitCodes = pack.patterns("ner/unit-codes.txt");
    unitAcronymCues = pack.phrases("ner/unit-acronym-cues.txt");
    compassDirections = pack.phrases("ner/compass-directions.txt");
    countNouns = pack.phrases("ner/count-nouns.txt");
    dates = DateWords.of(pack);
    priorities = Priorities.of(pack);
  }

  /** The lexicons of the shipped rule pack. */
  static NerLexicons load() {
    return load(RulePack.shipped());
  }

  /**
   * The lexicons of {@code pack}.
   *
   * @throws vnie.rules.RulePackException when the pack has a problem
   */
  static NerLexicons load(RulePack pack) {
    return pack.verified(NerLexicons::new);
  }

  /**
   * True when the number at {@code i} ends a list ({@code sư đoàn 6, 7 và 341}) rather than counts
   * what follows it ({@code 3 tiểu đoàn}).
   */
  boolean isListedNumber(SentenceView s, int i) {
    return countNouns.longestAt(s.tokens(), i + 1) == null
        && formations.longestAt(s.tokens(), i + 1) == null;
  }

  /**
   * The token after a list separator at {@code j} ({@code ,}, a word of {@code list-joiners.txt} or
   * both), or {@code j} when none stands there: the next item of {@code sư đoàn 6, 7 và 341}.
   */
  int nextListItem(SentenceView s, int j) {
    int k = j;
    if (s.form(k).equals(",")) {
      k++;
    }
    return k + s.lengthAt(listJoiners, k);
  }

  private static Set<String> lowercase(Set<String> words) {
    return words.stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
