package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.core.TokenKind;
import vnie.text.PhraseLexicon;

/**
 * UNIT mentions:
 *
 * <ul>
 *   <li>{@code named-forces}: armed forces known by name ({@code named-forces.txt});
 *   <li>{@code unit-pattern}: a formation word ({@code unit-formations.tsv}) with optional
 *       descriptors ({@code unit-descriptors.txt}) and then a number ({@code Sư đoàn 308}, {@code
 *       Quân đoàn xe tăng cận vệ số 3}, {@code Tập đoàn quân II}), capitalised descriptors after
 *       the number ({@code Sư đoàn 18 Bộ binh}), or, after a capitalised formation word, a proper
 *       name ({@code Quân đội Vệ binh số 5}); later numbers of a list are bare units ({@code sư
 *       đoàn 6, 7, 341});
 *   <li>{@code unit-code}: short codes of {@code unit-codes.txt} ({@code F320});
 *   <li>{@code unit-acronym}: an acronym after {@code quân} or {@code lực lượng}.
 * </ul>
 *
 * A name that is only a country ({@code quân đội Mỹ}) is not a unit: the country is a LOCATION,
 * except after a capitalised service in mid-sentence ({@code Quân đội Phổ}, {@code Hải quân Anh}:
 * the official name of an armed force, guideline A2) and the full name of a state after a service
 * anywhere ({@code Quân đội Việt Nam Cộng hòa}); at the start of a sentence the capital says
 * nothing (guideline A1). A formation after a number is a count ({@code 29 sư đoàn}), not a unit.
 */
final class UnitRule {
  static final String NAMED = "named-forces";
  static final String PATTERN = "unit-pattern";
  static final String CODE = "unit-code";
  static final String ACRONYM = "unit-acronym";

  private final NerLexicons lex;

  UnitRule(NerLexicons lexicons) {
    this.lex = lexicons;
  }

  List<Candidate> find(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      PhraseLexicon.Match<String> named = lex.namedForces.longestAt(s.tokens(), i);
      if (named != null && s.endsAtWordEnd(i, i + named.length())) {
        out.add(
            s.candidate(
                EntityType.UNIT, i, i + named.length(), "", NAMED, lex.priorities.of(NAMED)));
      }
      int end = formationEnd(s, i);
      if (end > i) {
        out.add(s.candidate(EntityType.UNIT, i, end, "", PATTERN, lex.priorities.of(PATTERN)));
        if (isUnitNumber(s, end - 1)) {
          addListedNumbers(s, end, out);
        }
      }
      String form = s.form(i);
      if (lex.unitCodes.stream().anyMatch(p -> p.matcher(form).matches())) {
        out.add(s.candidate(EntityType.UNIT, i, i + 1, "", CODE, lex.priorities.of(CODE)));
      }
      addAcronym(s, i, out);
    }
    return out;
  }

  /** The end of a unit name that starts at {@code i}, or {@code i} when none does. */
  int formationEnd(SentenceView s, int i) {
    PhraseLexicon.Match<String> formation = lex.formations.longestAt(s.tokens(), i);
    if (formation == null || s.isNumber(i - 1)) {
      return i;
    }
    boolean capitalised = s.isNamePart(i);
    int j = i + formation.length();
    PhraseLexicon.Match<String> descriptor;
    while ((descriptor = lex.descriptors.longestAt(s.tokens(), j)) != null && !s.isNamePart(j)) {
      j += descriptor.length();
    }
    int numbered = numberEnd(s, j);
    if (numbered > j) {
      return capitalisedDescriptorsEnd(s, numbered);
    }
    if (!capitalised) {
      return i;
    }
    int nameEnd = nameEnd(s, j);
    boolean stateName =
        formation.value().equals("service") && (nameEnd - j >= 3 || !startsSentence(s, i));
    if (nameEnd == j || (isOnlyPlace(s, j, nameEnd) && !stateName)) {
      return i;
    }
    int afterName = numberEnd(s, nameEnd);
    return afterName > nameEnd ? afterName : nameEnd;
  }

  /** A name run that goes on over named forces ({@code Trung đoàn Lê dương Anh}). */
  private int nameEnd(SentenceView s, int j) {
    int end = j;
    while (true) {
      PhraseLexicon.Match<String> named = lex.namedForces.longestAt(s.tokens(), end);
      int next = Math.max(s.nameRunEnd(end, 6), named == null ? end : end + named.length());
      if (next == end || next - j > 8) {
        return end;
      }
      end = next;
    }
  }

  /** Descriptors written with capitals after the number ({@code Sư đoàn 7 Thiết giáp}). */
  private int capitalisedDescriptorsEnd(SentenceView s, int j) {
    PhraseLexicon.Match<String> descriptor;
    while ((descriptor = lex.descriptors.longestAt(s.tokens(), j)) != null && s.isNamePart(j)) {
      j += descriptor.length();
    }
    return j;
  }

  /** {@code , 7, 341} and {@code và 18} after a numbered unit: each number is a unit. */
  private void addListedNumbers(SentenceView s, int j, List<Candidate> out) {
    while (true) {
      int k = lex.nextListItem(s, j);
      boolean listed = k > j && isUnitNumber(s, k) && lex.isListedNumber(s, k);
      if (!listed) {
        return;
      }
      out.add(s.candidate(EntityType.UNIT, k, k + 1, "", PATTERN, lex.priorities.of(PATTERN)));
      j = k + 1;
    }
  }

  /**
   * Initials ({@code A.B.C.}) or capitals ({@code ABC}) after a cue of {@code
   * unit-acronym-cues.txt}.
   */
  private void addAcronym(SentenceView s, int i, List<Candidate> out) {
    PhraseLexicon.Match<String> cue = lex.unitAcronymCues.longestAt(s.tokens(), i);
    if (cue == null || !s.isWholeWords(i, i + cue.length())) {
      return;
    }
    int start = i + cue.length();
    boolean initials = TokenShapes.isInitials(s.form(start));
    boolean capitals = TokenShapes.isCapitals(s.form(start), 2, 6);
    if (initials || capitals) {
      out.add(
          s.candidate(EntityType.UNIT, start, start + 1, "", ACRONYM, lex.priorities.of(ACRONYM)));
    }
  }

  /**
   * "số 5" (a word of {@code unit-number-markers.txt} and a number), "308", or a Roman numeral;
   * returns {@code j} if none.
   */
  private int numberEnd(SentenceView s, int j) {
    int marker = s.lengthAt(lex.unitNumberMarkers, j);
    if (marker > 0 && isUnitNumber(s, j + marker)) {
      return j + marker + 1;
    }
    return isUnitNumber(s, j) ? j + 1 : j;
  }

  private static boolean isUnitNumber(SentenceView s, int i) {
    String f = s.form(i);
    return (s.isNumber(i) && TokenShapes.isDigits(f, 1, 4))
        || (TokenShapes.isMadeOf(f, "IVX", 1, 5) && s.isNamePart(i));
  }

  /** Whether no word or number comes before token {@code i} in the sentence. */
  private static boolean startsSentence(SentenceView s, int i) {
    for (int k = 0; k < i; k++) {
      if (s.tokens().get(k).is(TokenKind.WORD) || s.tokens().get(k).is(TokenKind.NUMBER)) {
        return false;
      }
    }
    return true;
  }

  private boolean isOnlyPlace(SentenceView s, int from, int to) {
    return lex.countries.matchesExactly(s.tokens(), from, to)
        || lex.places.matchesExactly(s.tokens(), from, to);
  }
}
