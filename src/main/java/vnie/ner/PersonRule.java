package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

/**
 * PERSON mentions found by what stands before a name: a rank or title ({@code Trung úy Albert
 * Kotzebue}), a title and its unit ({@code Tư lệnh Quân đoàn 2 Nguyễn Hữu An}), or a cue from
 * {@code person-cues.txt} ({@code có tên Alexei Gorlianski}). A name is a run of capitalised
 * syllables and initials; a run that is only a country is not a name ({@code tướng Mỹ}).
 */
final class PersonRule {
  static final String AFTER_RANK = "person-after-rank";
  static final String AFTER_CUE = "person-after-cue";
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
      if (rankEnd > i) {
        int unitEnd = units.formationEnd(s, rankEnd);
        addName(s, unitEnd > rankEnd ? unitEnd : rankEnd, AFTER_RANK, out);
        i = rankEnd - 1;
        continue;
      }
      PhraseLexicon.Match<String> cue = lex.personCues().longestAt(s.tokens(), i);
      if (cue != null) {
        addName(s, i + cue.length(), AFTER_CUE, out);
      }
    }
    return out;
  }

  private void addName(SentenceView s, int start, String source, List<Candidate> out) {
    int end = s.nameRunEnd(start, MAX_NAME_TOKENS);
    if (end == start || startsWithPlace(s, start, end)) {
      return;
    }
    out.add(s.candidate(EntityType.PERSON, start, end, "", source, Priority.PERSON));
  }

  private boolean startsWithPlace(SentenceView s, int start, int end) {
    PhraseLexicon.Match<String> country = lex.countries().longestAt(s.tokens(), start);
    PhraseLexicon.Match<String> place = lex.places().longestAt(s.tokens(), start);
    return (country != null && start + country.length() <= end)
        || (place != null && start + place.length() <= end)
        || lex.namedForces().longestAt(s.tokens(), start) != null;
  }
}
