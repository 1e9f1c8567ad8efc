package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

/**
 * RANK mentions from {@code ranks.tsv}: a rank or command title that denotes one person.
 * Consecutive ranks form one span ({@code Hạ sĩ Cpl}); titles joined by {@code kiêm} are separate
 * spans. A rank is kept when a name or a unit follows it, when it is capitalised inside the
 * sentence, or when a cue of {@code rank-cues.txt} says it of a person ({@code là một đô đốc},
 * {@code cấp đại tá}). A rank after a plural word ({@code các tướng}), a count ({@code 10 Đại
 * tướng}) or {@code Bộ} (a command body), or inside a longer word ({@code tướng lĩnh}), is dropped.
 */
final class RankRule {
  static final String SOURCE = "ranks";

  private final NerLexicons lex;
  private final UnitRule units;

  RankRule(NerLexicons lexicons, UnitRule units) {
    this.lex = lexicons;
    this.units = units;
  }

  List<Candidate> find(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      int end = rankEnd(s, i);
      if (end > i && isSpecific(s, i, end)) {
        out.add(s.candidate(EntityType.RANK, i, end, "", SOURCE, lex.priorities.of(SOURCE)));
        i = end;
      } else {
        i++;
      }
    }
    return out;
  }

  /** The end of the run of ranks starting at {@code i}, or {@code i}. */
  int rankEnd(SentenceView s, int i) {
    int j = i;
    PhraseLexicon.Match<String> m;
    while ((m = lex.ranks.longestAt(s.tokens(), j)) != null
        && s.isWholeWordsOrBeforeName(j, j + m.length())) {
      j += m.length();
    }
    return j;
  }

  private boolean isSpecific(SentenceView s, int from, int to) {
    if (lex.rankBlockers.contains(s.lower(from - 1))
        || s.isNumber(from - 1)
        || endsCivilTitle(s, from, to)) {
      return false;
    }
    if (saidOfAPerson(s, from)) {
      return true;
    }
    boolean nameFollows = s.isNamePart(to);
    boolean unitFollows = units.formationEnd(s, to) > to;
    boolean capitalisedInside = s.isNamePart(from) && from > 0;
    return nameFollows || unitFollows || capitalisedInside;
  }

  /** True when the rank is the tail of a civil title of {@code person-cues.txt} (Thủ tướng). */
  private boolean endsCivilTitle(SentenceView s, int from, int to) {
    for (int start = Math.max(0, from - 2); start < from; start++) {
      PhraseLexicon.Match<String> title = lex.personCues.longestAt(s.tokens(), start);
      if (title != null && start + title.length() >= to) {
        return true;
      }
    }
    return false;
  }

  /** True when a cue of {@code rank-cues.txt} ends right before {@code from}. */
  private boolean saidOfAPerson(SentenceView s, int from) {
    for (int start = Math.max(0, from - 2); start < from; start++) {
      PhraseLexicon.Match<String> cue = lex.rankCues.longestAt(s.tokens(), start);
      if (cue != null && start + cue.length() == from) {
        return true;
      }
    }
    return false;
  }
}
