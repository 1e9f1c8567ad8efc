package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

/**
 * RANK mentions from {@code ranks.tsv}: a rank or command title that denotes one person.
 * Consecutive ranks form one span ({@code Hạ sĩ Cpl}). A rank is kept when a name or a unit follows
 * it, or when it is capitalised inside the sentence; a rank after a plural word ({@code các tướng})
 * or inside a longer word ({@code tướng lĩnh}) is generic and dropped.
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
        out.add(s.candidate(EntityType.RANK, i, end, "", SOURCE, Priority.RANK));
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
    while ((m = lex.ranks().longestAt(s.tokens(), j)) != null
        && s.isWholeWordsOrBeforeName(j, j + m.length())) {
      j += m.length();
    }
    return j;
  }

  private boolean isSpecific(SentenceView s, int from, int to) {
    if (lex.rankBlockers().contains(s.lower(from - 1))) {
      return false;
    }
    boolean nameFollows = s.isNamePart(to);
    boolean unitFollows = units.formationEnd(s, to) > to;
    boolean capitalisedInside = s.isNamePart(from) && from > 0;
    return nameFollows || unitFollows || capitalisedInside;
  }
}
