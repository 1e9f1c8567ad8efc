package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

/**
 * PERSON mentions found by what stands before a name or by the shape of the name:
 *
 * <ul>
 *   <li>{@code person-after-rank}: after a rank or title ({@code Trung úy Albert Kotzebue}), or a
 *       title and its unit ({@code Tư lệnh Quân đoàn 2 Nguyễn Hữu An});
 *   <li>{@code person-after-cue}: after a cue of {@code person-cues.txt} ({@code có tên}, {@code
 *       Tổng thống}, {@code con trai của});
 *   <li>{@code person-surname}: two to four capitalised syllables led by a Vietnamese family name
 *       of {@code person-surnames.txt} ({@code Nguyễn Văn Bình}).
 * </ul>
 *
 * A name is a run of capitalised syllables and initials, with particles such as {@code von} inside;
 * a run that starts with a country, a place or a formation is not a name ({@code tướng Mỹ}).
 */
final class PersonRule {
  static final String AFTER_RANK = "person-after-rank";
  static final String AFTER_CUE = "person-after-cue";
  static final String SURNAME = "person-surname";
  private static final int MAX_NAME_TOKENS = 6;

  private final NerLexicons lex;
  private final RankRule ranks;
  private final UnitRule units;

  PersonRule(NerLexicons lexicons, RankRule ranks, UnitRule units) {
    this.lex = lexicons;
    this.ranks = ranks;
    this.units = units;
  }

  List<Candidate> find(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      int rankEnd = ranks.rankEnd(s, i);
      if (rankEnd > i && s.isNumber(i - 1)) {
        i = rankEnd - 1;
        continue;
      }
      if (rankEnd > i) {
        int unitEnd = units.formationEnd(s, rankEnd);
        addName(s, unitEnd > rankEnd ? unitEnd : rankEnd, AFTER_RANK, out);
        i = rankEnd - 1;
        continue;
      }
      PhraseLexicon.Match<String> cue = lex.personCues.longestAt(s.tokens(), i);
      if (cue != null && s.isWholeWords(i, i + cue.length()) && !startsPlace(s, i)) {
        addName(s, i + cue.length(), AFTER_CUE, out);
      }
      addSurnameName(s, i, out);
    }
    return out;
  }

  /** A run led by a family name, not inside a longer run; a known place is no person. */
  private void addSurnameName(SentenceView s, int i, List<Candidate> out) {
    PhraseLexicon.Match<String> surname = lex.surnames.longestAt(s.tokens(), i);
    if (surname == null || (s.isNamePart(i - 1) && i > 1) || !s.wordStarts().contains(i)) {
      return;
    }
    int end = nameEnd(s, i);
    int length = end - i;
    if (length < 2 || length > 4 || !allCapitalised(s, i, end)) {
      return;
    }
    if (!startsWithPlaceOrForce(s, i, end) && !startsPlace(s, i) && !afterPlaceClassifier(s, i)) {
      out.add(s.candidate(EntityType.PERSON, i, end, "", SURNAME, lex.priorities.of(SURNAME)));
    }
  }

  private void addName(SentenceView s, int start, String source, List<Candidate> out) {
    int end = nameEnd(s, start);
    if (end == start || startsWithPlaceOrForce(s, start, end)) {
      return;
    }
    out.add(s.candidate(EntityType.PERSON, start, end, "", source, lex.priorities.of(source)));
  }

  /** The end of a name run, going on over particles ({@code von}) that a name part follows. */
  int nameEnd(SentenceView s, int start) {
    int end = s.nameRunEnd(start, MAX_NAME_TOKENS);
    while (end > start
        && lex.nameParticles.contains(s.form(end))
        && s.isNamePart(end + 1)
        && end - start < MAX_NAME_TOKENS) {
      end = s.nameRunEnd(end + 1, MAX_NAME_TOKENS);
    }
    return end;
  }

  /** True when a place classifier ends right before {@code i} ({@code huyện Lâm Hà}). */
  private boolean afterPlaceClassifier(SentenceView s, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      PhraseLexicon.Match<String> m = lex.placeClassifiers.longestAt(s.tokens(), k);
      if (m != null && k + m.length() == i) {
        return true;
      }
    }
    return false;
  }

  private static boolean allCapitalised(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.isNamePart(i) || TokenShapes.isMadeOf(s.form(i), "IVXL", 1, Integer.MAX_VALUE)) {
        return false;
      }
    }
    return true;
  }

  /** True when a country or place entry of more than one token starts at {@code i} (Bà Rịa). */
  private boolean startsPlace(SentenceView s, int i) {
    PhraseLexicon.Match<String> country = lex.countries.longestAt(s.tokens(), i);
    PhraseLexicon.Match<String> place = lex.places.longestAt(s.tokens(), i);
    return (country != null && country.length() > 1) || (place != null && place.length() > 1);
  }

  private boolean startsWithPlaceOrForce(SentenceView s, int start, int end) {
    PhraseLexicon.Match<String> country = lex.countries.longestAt(s.tokens(), start);
    PhraseLexicon.Match<String> place = lex.places.longestAt(s.tokens(), start);
    return (country != null && start + country.length() <= end)
        || (place != null && start + place.length() <= end)
        || lex.namedForces.longestAt(s.tokens(), start) != null
        || lex.formations.longestAt(s.tokens(), start) != null;
  }
}
