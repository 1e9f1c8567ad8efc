package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

/**
 * UNIT mentions: armed forces known by name ({@code named-forces.txt}), and a formation word
 * ({@code unit-formations.tsv}) with optional descriptors ({@code unit-descriptors.txt}) and then a
 * number ({@code Sư đoàn 308}, {@code Quân đoàn xe tăng cận vệ số 3}, {@code Tập đoàn quân II}) or,
 * after a capitalised formation word, a proper name ({@code Quân đội Vệ binh số 5}). A name that is
 * only a country ({@code quân đội Mỹ}) is not a unit: the country is a LOCATION. A formation after
 * a number is a count ({@code 29 sư đoàn}), not a unit.
 */
final class UnitRule {
  static final String NAMED = "named-forces";
  static final String PATTERN = "unit-pattern";

  private final NerLexicons lex;

  UnitRule(NerLexicons lexicons) {
    this.lex = lexicons;
  }

  List<Candidate> find(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      PhraseLexicon.Match<String> named = lex.namedForces().longestAt(s.tokens(), i);
      if (named != null && s.endsAtWordEnd(i, i + named.length())) {
        out.add(
            s.candidate(EntityType.UNIT, i, i + named.length(), "", NAMED, Priority.NAMED_FORCE));
      }
      int end = formationEnd(s, i);
      if (end > i) {
        out.add(s.candidate(EntityType.UNIT, i, end, "", PATTERN, Priority.UNIT));
      }
    }
    return out;
  }

  /** The end of a unit name that starts at {@code i}, or {@code i} when none does. */
  int formationEnd(SentenceView s, int i) {
    PhraseLexicon.Match<String> formation = lex.formations().longestAt(s.tokens(), i);
    if (formation == null || s.isNumber(i - 1)) {
      return i;
    }
    boolean capitalised = s.isNamePart(i);
    int j = i + formation.length();
    PhraseLexicon.Match<String> descriptor;
    while ((descriptor = lex.descriptors().longestAt(s.tokens(), j)) != null && !s.isNamePart(j)) {
      j += descriptor.length();
    }
    int numbered = numberEnd(s, j);
    if (numbered > j) {
      return numbered;
    }
    if (!capitalised) {
      return i;
    }
    int nameEnd = s.nameRunEnd(j, 6);
    if (nameEnd == j || isOnlyPlace(s, j, nameEnd)) {
      return i;
    }
    int afterName = numberEnd(s, nameEnd);
    return afterName > nameEnd ? afterName : nameEnd;
  }

  /** "số 5", "308", "F308"-free plain numbers, or a Roman numeral; returns {@code j} if none. */
  private static int numberEnd(SentenceView s, int j) {
    if (s.lower(j).equals("số") && isUnitNumber(s, j + 1)) {
      return j + 2;
    }
    return isUnitNumber(s, j) ? j + 1 : j;
  }

  private static boolean isUnitNumber(SentenceView s, int i) {
    String f = s.form(i);
    return (s.isNumber(i) && f.matches("\\d{1,4}")) || (f.matches("[IVX]{1,5}") && s.isNamePart(i));
  }

  private boolean isOnlyPlace(SentenceView s, int from, int to) {
    return lex.countries().matchesExactly(s.tokens(), from, to)
        || lex.places().matchesExactly(s.tokens(), from, to);
  }
}
