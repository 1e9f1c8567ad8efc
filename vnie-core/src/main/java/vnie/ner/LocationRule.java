package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.EntityType;
import vnie.core.TokenKind;
import vnie.text.PhraseLexicon;

/**
 * LOCATION mentions:
 *
 * <ul>
 *   <li>{@code countries} and {@code places}: names from the lexicons, wherever they name the
 *       place, also in nationality phrases ({@code người Mỹ}) and hyphenated compounds ({@code Liên
 *       Xô-Mỹ-Anh}); not a language ({@code tiếng Anh}), a pronoun ({@code Anh ấy}) nor a piece of
 *       a longer name ({@code Mỹ} in {@code Mỹ Tho}, {@code Đức} in {@code Nguyễn Đức Cảnh});
 *   <li>{@code place-classifier}: a capitalised name after a classifier such as {@code sông}, which
 *       stays outside the span ({@code sông Elbe} → {@code Elbe});
 *   <li>{@code region}: a word of {@code region-heads.txt} ({@code miền}) with a capitalised
 *       direction of {@code region-words.txt} ({@code miền Bắc});
 *   <li>{@code place-preposition}: a capitalised name after {@code ở}, {@code tại}, {@code gần} …
 *   <li>{@code place-nationality}: a capitalised name after {@code quân} or {@code giặc}.
 * </ul>
 */
final class LocationRule {
  static final String COUNTRIES = "countries";
  static final String PLACES = "places";
  static final String REGION = "region";
  static final String CLASSIFIER = "place-classifier";
  static final String PREPOSITION = "place-preposition";
  static final String NATIONALITY = "place-nationality";

  /** The sources of {@link #patternMatches}: places found by the word before them. */
  static final Set<String> PATTERN_SOURCES = Set.of(CLASSIFIER, PREPOSITION, NATIONALITY);

  private final NerLexicons lex;

  LocationRule(NerLexicons lexicons) {
    this.lex = lexicons;
  }

  /** Names read from the lexicons. */
  List<Candidate> lexiconMatches(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      addLexiconMatch(s, i, lex.countries, COUNTRIES, out);
      addLexiconMatch(s, i, lex.places, PLACES, out);
      int head = s.lengthAt(lex.regionHeads, i);
      if (head > 0 && lex.regionWords.contains(s.form(i + head))) {
        int end = i + head + 1;
        out.add(s.candidate(EntityType.LOCATION, i, end, "", REGION, lex.priorities.of(REGION)));
      }
    }
    return out;
  }

  /** Names found by the words before them. */
  List<Candidate> patternMatches(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      addNameAfter(s, i, lex.placeClassifiers, CLASSIFIER, out);
      addNameAfter(s, i, lex.placePrepositions, PREPOSITION, out);
      addNameAfter(s, i, lex.nationalityCues, NATIONALITY, out);
    }
    return out;
  }

  private void addLexiconMatch(
      SentenceView s, int i, PhraseLexicon<String> names, String source, List<Candidate> out) {
    PhraseLexicon.Match<String> m = names.longestAt(s.tokens(), i);
    if (m == null || !s.endsAtWordEnd(i, i + m.length())) {
      return;
    }
    int end = i + m.length();
    boolean language = lex.languageMarkers.contains(s.form(i - 1));
    boolean pronoun = m.length() == 1 && lex.pronounFollowers.contains(s.form(end));
    if (!language && !pronoun && !insideLongerName(s, i, end)) {
      out.add(s.candidate(EntityType.LOCATION, i, end, "", source, lex.priorities.of(source)));
    }
  }

  /**
   * True when the match [from, to) is glued to more capitalised syllables that no rank, formation
   * or other name of the lexicons explains: {@code Mỹ Tho}, {@code Nguyễn Đức Cảnh}.
   */
  private boolean insideLongerName(SentenceView s, int from, int to) {
    boolean afterRegion = s.endsWith(lex.regionHeads, from - 1);
    boolean before =
        from > 1 && isPlainNamePart(s, from - 1) && !endsKnownWord(s, from) && !afterRegion;
    boolean after = isPlainNamePart(s, to) && !startsKnownWord(s, to);
    return before || after;
  }

  private static boolean isPlainNamePart(SentenceView s, int i) {
    return s.isNamePart(i)
        && s.tokens().get(i).is(TokenKind.WORD)
        && !TokenShapes.isMadeOf(s.form(i), "IVXL", 1, Integer.MAX_VALUE);
  }

  private boolean startsKnownWord(SentenceView s, int i) {
    return lex.ranks.longestAt(s.tokens(), i) != null
        || lex.formations.longestAt(s.tokens(), i) != null
        || lex.namedForces.longestAt(s.tokens(), i) != null
        || lex.countries.longestAt(s.tokens(), i) != null
        || lex.places.longestAt(s.tokens(), i) != null;
  }

  private boolean endsKnownWord(SentenceView s, int end) {
    for (int k = Math.max(0, end - 4); k < end; k++) {
      for (PhraseLexicon<String> known :
          List.of(lex.ranks, lex.formations, lex.namedForces, lex.countries)) {
        PhraseLexicon.Match<String> m = known.longestAt(s.tokens(), k);
        if (m != null && k + m.length() == end) {
          return true;
        }
      }
    }
    return false;
  }

  private void addNameAfter(
      SentenceView s, int i, PhraseLexicon<String> cues, String source, List<Candidate> out) {
    PhraseLexicon.Match<String> cue = cues.longestAt(s.tokens(), i);
    if (cue == null || !s.isWholeWords(i, i + cue.length())) {
      return;
    }
    int start = i + cue.length();
    int end = s.nameRunEnd(start, 5);
    PhraseLexicon.Match<String> direction = lex.compassDirections.longestAt(s.tokens(), start);
    if (direction != null && start + direction.length() < end) {
      start += direction.length();
    }
    boolean singleLetter = end == start + 1 && s.form(start).length() == 1;
    if (end == start
        || singleLetter
        || lex.pronounFollowers.contains(s.form(end))
        || isNotPlace(s, start, end)) {
      return;
    }
    out.add(s.candidate(EntityType.LOCATION, start, end, "", source, lex.priorities.of(source)));
  }

  /**
   * Listed non-places ({@code Đồng minh}), names of organisations ({@code Bộ Tư lệnh}) and
   * acronyms, which name forces, not places.
   */
  private boolean isNotPlace(SentenceView s, int start, int end) {
    if (lex.notPlaceHeads.longestAt(s.tokens(), start) != null) {
      return true;
    }
    StringBuilder text = new StringBuilder();
    for (int i = start; i < end; i++) {
      text.append(i > start ? " " : "").append(s.form(i));
      if (s.tokens().get(i).is(TokenKind.ABBREVIATION)) {
        return true;
      }
    }
    String name = text.toString();
    return lex.notPlaces.contains(name) || TokenShapes.isCapitals(name, 2, Integer.MAX_VALUE);
  }
}
