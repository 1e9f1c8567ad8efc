package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vnie.text.PhraseLexicon;

/**
 * Finds date expressions in a sentence:
 *
 * <pre>
 * DATE   := MODIFIER? CORE                       (đầu tháng 5, trung tuần tháng 3 năm 1975)
 * CORE   := ngày D/M[/Y] | ngày D tháng M [năm Y] | tháng M [năm Y] | tháng M/Y
 *         | mùa SEASON [năm] Y | năm Y | những năm Y0 | thập niên Y0 | thế kỷ N
 *         | D/M/Y | Y (a bare year after "(", a dash, từ, đến or a name)
 * </pre>
 *
 * The words (months, seasons, modifiers) come from {@code date-words.tsv}. Stateless.
 */
final class DateGrammar {
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{3,4}))?");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})/(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{3,4}");
  private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
  private static final Set<String> BEFORE_BARE_YEAR =
      Set.of("(", "–", "—", "-", "từ", "đến", "tới");
  private static final Set<String> RANGE_WORDS = Set.of("đến", "tới", "-", "–", "—");

  private final PhraseLexicon<NerLexicons.DateWord> words;

  DateGrammar(PhraseLexicon<NerLexicons.DateWord> words) {
    this.words = words;
  }

  List<DateExpression> find(SentenceView s) {
    List<DateExpression> found = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      DateExpression date = parseAt(s, i);
      if (date != null) {
        found.add(date);
        i = date.endToken();
      } else {
        i++;
      }
    }
    return found;
  }

  private DateExpression parseAt(SentenceView s, int i) {
    int core = i;
    NerLexicons.DateWord modifier = wordAt(s, i);
    if (modifier != null && modifier.kind().equals("modifier")) {
      core = i + words.longestAt(s.tokens(), i).length();
    }
    DateExpression parsed = parseCore(s, core);
    if (parsed == null) {
      return null;
    }
    return new DateExpression(
        i,
        parsed.endToken(),
        parsed.year(),
        parsed.month(),
        parsed.day(),
        parsed.season(),
        parsed.yearless());
  }

  private DateExpression parseCore(SentenceView s, int i) {
    String w = s.lower(i);
    if (w.equals("ngày") && s.isNumber(i + 1)) {
      DateExpression full = dayFirst(s, i, i + 1);
      return full != null ? full : dayBeforeRange(s, i, i + 1);
    }
    if (w.equals("tháng")) {
      return monthFirst(s, i, i + 1, null);
    }
    if (w.equals("mùa")) {
      return season(s, i);
    }
    if (w.equals("năm") && isYear(s, i + 1)) {
      return new DateExpression(i, i + 2, year(s, i + 1), null, null, null, null);
    }
    if (w.equals("những") && s.lower(i + 1).equals("năm") && isDecade(s, i + 2)) {
      return decade(s, i, i + 2);
    }
    if ((w.equals("thập") && (s.lower(i + 1).equals("niên") || s.lower(i + 1).equals("kỷ")))
        && isDecade(s, i + 2)) {
      return decade(s, i, i + 2);
    }
    if (w.equals("thế") && s.lower(i + 1).equals("kỷ")) {
      return century(s, i, i + 2);
    }
    if (s.isNumber(i) && s.lower(i + 1).equals("tháng")) {
      DateExpression dayMonth = dayFirst(s, i, i);
      boolean anchored = BEFORE_BARE_YEAR.contains(s.lower(i - 1)) || s.form(i - 1).equals(";");
      if (dayMonth != null && (dayMonth.hasYear() || anchored)) {
        return dayMonth;
      }
    }
    if (s.isNumber(i)) {
      Matcher m = DAY_MONTH_YEAR.matcher(s.form(i));
      if (m.matches() && m.group(3) != null && validDayMonth(m)) {
        return new DateExpression(
            i, i + 1, Integer.parseInt(m.group(3)), two(m.group(2)), two(m.group(1)), null, null);
      }
      if (isBareYear(s, i)) {
        return new DateExpression(i, i + 1, year(s, i), null, null, null, null);
      }
    }
    return null;
  }

  /** ngày 25/4[/1945] or ngày 25 tháng 4 [năm 1945]. */
  private DateExpression dayFirst(SentenceView s, int start, int i) {
    Matcher m = DAY_MONTH_YEAR.matcher(s.form(i));
    if (m.matches() && validDayMonth(m)) {
      Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
      return new DateExpression(start, i + 1, year, two(m.group(2)), two(m.group(1)), null, null);
    }
    if (TokenShapes.isDigits(s.form(i), 1, 2) && s.lower(i + 1).equals("tháng")) {
      int day = Integer.parseInt(s.form(i));
      if (day >= 1 && day <= 31) {
        return monthFirst(s, start, i + 2, two(s.form(i)));
      }
    }
    return null;
  }

  /** ngày 25 đến 29 tháng 10: a bare day that takes its month from the other end of the range. */
  private static DateExpression dayBeforeRange(SentenceView s, int start, int i) {
    boolean day = TokenShapes.isDigits(s.form(i), 1, 2) && Integer.parseInt(s.form(i)) <= 31;
    boolean range = RANGE_WORDS.contains(s.lower(i + 1)) && s.isNumber(i + 2);
    if (!day || !range) {
      return null;
    }
    return new DateExpression(start, i + 1, null, null, two(s.form(i)), null, null);
  }

  /** The month after "tháng" at {@code i}, then an optional year. */
  private DateExpression monthFirst(SentenceView s, int start, int i, String day) {
    Matcher my = MONTH_YEAR.matcher(s.form(i));
    if (my.matches() && validMonth(my.group(1))) {
      return new DateExpression(
          start, i + 1, Integer.parseInt(my.group(2)), two(my.group(1)), day, null, null);
    }
    String month = null;
    int end = i;
    if (TokenShapes.isDigits(s.form(i), 1, 2) && validMonth(s.form(i))) {
      month = two(s.form(i));
      end = i + 1;
    } else {
      NerLexicons.DateWord named = wordAt(s, i);
      if (named != null && named.kind().equals("month")) {
        month = named.value();
        end = i + words.longestAt(s.tokens(), i).length();
      }
    }
    if (month == null) {
      return null;
    }
    if (s.lower(end).equals("năm") && isYear(s, end + 1)) {
      return new DateExpression(start, end + 2, year(s, end + 1), month, day, null, null);
    }
    return new DateExpression(start, end, null, month, day, null, null);
  }

  /** mùa Xuân năm 1945; a season without a year is not a date. */
  private DateExpression season(SentenceView s, int i) {
    NerLexicons.DateWord named = wordAt(s, i + 1);
    if (named == null || !named.kind().equals("season")) {
      return null;
    }
    int after = i + 2;
    if (s.lower(after).equals("năm") && isYear(s, after + 1)) {
      return new DateExpression(i, after + 2, year(s, after + 1), null, null, named.value(), null);
    }
    if (isYear(s, after)) {
      return new DateExpression(i, after + 1, year(s, after), null, null, named.value(), null);
    }
    return null;
  }

  private static DateExpression decade(SentenceView s, int start, int numberAt) {
    String digits = s.form(numberAt);
    return new DateExpression(start, numberAt + 1, null, null, null, null, digits.substring(0, 3));
  }

  /** thế kỷ 20 or thế kỷ XX → 19: the TIMEX3 century is the hundreds of its years. */
  private static DateExpression century(SentenceView s, int start, int numberAt) {
    String n = s.form(numberAt);
    int century;
    if (TokenShapes.isDigits(n, 1, 2)) {
      century = Integer.parseInt(n);
    } else if (ROMAN.matcher(n).matches()) {
      century = roman(n);
    } else {
      return null;
    }
    if (century < 1 || century > 21) {
      return null;
    }
    return new DateExpression(
        start, numberAt + 1, null, null, null, null, TokenShapes.padded(century - 1, 2));
  }

  private boolean isBareYear(SentenceView s, int i) {
    if (!TokenShapes.isDigits(s.form(i), 4, 4)) {
      return false;
    }
    int y = Integer.parseInt(s.form(i));
    if (y < 1000 || y > 2100) {
      return false;
    }
    boolean afterName = s.isNamePart(i - 1) && i - 1 > 0;
    boolean nextIsNoun =
        s.inRange(i + 1)
            && s.tokens().get(i + 1).is(vnie.core.TokenKind.WORD)
            && !s.lower(i + 1).equals("đến")
            && !s.lower(i + 1).equals("tới")
            && !s.lower(i + 1).equals("và");
    boolean rangeStart =
        RANGE_WORDS.contains(s.lower(i + 1)) && TokenShapes.isDigits(s.form(i + 2), 4, 4);
    return (BEFORE_BARE_YEAR.contains(s.lower(i - 1)) || afterName || rangeStart) && !nextIsNoun;
  }

  private NerLexicons.DateWord wordAt(SentenceView s, int i) {
    PhraseLexicon.Match<NerLexicons.DateWord> m = words.longestAt(s.tokens(), i);
    return m == null ? null : m.value();
  }

  private static boolean isYear(SentenceView s, int i) {
    return s.isNumber(i) && YEAR.matcher(s.form(i)).matches();
  }

  private static boolean isDecade(SentenceView s, int i) {
    return s.isNumber(i) && TokenShapes.isDigits(s.form(i), 4, 4) && s.form(i).endsWith("0");
  }

  private static int year(SentenceView s, int i) {
    return Integer.parseInt(s.form(i));
  }

  private static boolean validDayMonth(Matcher m) {
    int day = Integer.parseInt(m.group(1));
    return day >= 1 && day <= 31 && validMonth(m.group(2));
  }

  private static boolean validMonth(String digits) {
    int month = Integer.parseInt(digits);
    return month >= 1 && month <= 12;
  }

  private static String two(String digits) {
    return TokenShapes.padded(Integer.parseInt(digits), 2);
  }

  private static int roman(String numeral) {
    int total = 0;
    int previous = 0;
    for (int k = numeral.length() - 1; k >= 0; k--) {
      int v =
          switch (numeral.charAt(k)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 50;
          };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }
}
