package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.EntityType;

/**
 * Names in brackets after a name, as encyclopedias write them:
 *
 * <ul>
 *   <li>{@code bracket-alias}: the other names of a person, place or unit in the bracket after it
 *       take its type: a name in Chinese or Japanese characters, a reading after a label ({@code
 *       Hán Việt: …}), another capitalised name or an acronym ({@code Sư đoàn 9 (SD9)});
 *   <li>{@code person-lifespan}: a capitalised name followed by a bracket that holds two years
 *       joined by a dash, at least 15 years apart, is a person ({@code Nguyễn Văn Bình (1910 –
 *       1975)}).
 * </ul>
 */
final class BracketRule {
  static final String ALIAS = "bracket-alias";
  static final String LIFESPAN = "person-lifespan";
  private static final Set<EntityType> ALIASED =
      Set.of(EntityType.PERSON, EntityType.LOCATION, EntityType.UNIT);
  private static final Set<String> DASHES = Set.of("-", "–", "—");
  private static final int MIN_LIFESPAN_YEARS = 15;

  private final PersonRule persons;
  private final NerLexicons lex;

  BracketRule(NerLexicons lexicons, PersonRule persons) {
    this.lex = lexicons;
    this.persons = persons;
  }

  /** The aliases in brackets after the names {@code found} in sentence {@code s}. */
  List<Candidate> aliases(SentenceView s, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : found) {
      if (ALIASED.contains(c.mention().type()) && s.form(c.endToken()).equals("(")) {
        addAliases(s, c.endToken() + 1, c.mention().type(), out);
      }
    }
    return out;
  }

  /** Names followed by a lifespan in sentence {@code s}, given the dates {@code found}. */
  List<Candidate> lifespans(SentenceView s, List<Candidate> found) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.isNamePart(i) && !s.isNamePart(i - 1)) {
        addLifespan(s, i, found, out);
      }
    }
    return out;
  }

  private void addAliases(SentenceView s, int from, EntityType type, List<Candidate> out) {
    int close = closingBracket(s, from);
    int itemStart = from;
    for (int i = from; i <= close; i++) {
      boolean itemEnds = i == close || s.form(i).equals(",") || s.form(i).equals(";");
      if (!itemEnds) {
        continue;
      }
      int start = afterLabel(s, itemStart, i);
      if (start < i && isAlias(s, start, i)) {
        out.add(s.candidate(type, start, i, "", ALIAS, lex.priorities.of(ALIAS)));
      }
      itemStart = i + 1;
    }
  }

  /** The token after a label that ends in a colon ({@code kanji:}), or {@code from}. */
  private static int afterLabel(SentenceView s, int from, int to) {
    for (int i = from; i < to && i < from + 4; i++) {
      if (s.form(i).equals(":")) {
        return i + 1;
      }
    }
    return from;
  }

  private static boolean isAlias(SentenceView s, int from, int to) {
    boolean han = true;
    for (int i = from; i < to; i++) {
      han &= s.form(i).codePoints().allMatch(BracketRule::isHan);
    }
    return han || s.nameRunEnd(from, 8) == to;
  }

  private static boolean isHan(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  private static int closingBracket(SentenceView s, int from) {
    int depth = 0;
    for (int i = from; i < s.size(); i++) {
      if (s.form(i).equals("(")) {
        depth++;
      } else if (s.form(i).equals(")")) {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return s.size();
  }

  private void addLifespan(SentenceView s, int start, List<Candidate> found, List<Candidate> out) {
    int end = persons.nameEnd(s, start);
    if (end == start || !s.form(end).equals("(") || startsKnownWord(s, start)) {
      return;
    }
    int close = closingBracket(s, end + 1);
    List<Candidate> years =
        found.stream()
            .filter(c -> c.mention().type() == EntityType.DATE)
            .filter(c -> c.firstToken() > end && c.endToken() <= close)
            .filter(c -> TokenShapes.startsWithFourDigits(c.mention().value()))
            .toList();
    for (int k = 0; k + 1 < years.size(); k++) {
      Candidate born = years.get(k);
      Candidate died = years.get(k + 1);
      int gap = year(died) - year(born);
      boolean dashed =
          died.firstToken() == born.endToken() + 1 && DASHES.contains(s.form(born.endToken()));
      if (dashed && gap >= MIN_LIFESPAN_YEARS && gap <= 120) {
        out.add(
            s.candidate(EntityType.PERSON, start, end, "", LIFESPAN, lex.priorities.of(LIFESPAN)));
        return;
      }
    }
  }

  private boolean startsKnownWord(SentenceView s, int i) {
    return lex.eventNames.longestAt(s.tokens(), i) != null
        || lex.formations.longestAt(s.tokens(), i) != null
        || lex.namedForces.longestAt(s.tokens(), i) != null
        || lex.ranks.longestAt(s.tokens(), i) != null
        || lex.countries.longestAt(s.tokens(), i) != null
        || lex.places.longestAt(s.tokens(), i) != null;
  }

  private static int year(Candidate date) {
    return Integer.parseInt(date.mention().value().substring(0, 4));
  }
}
