package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vnie.ner.DateExpression.Era;
import vnie.ner.DateWords.Marker;
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
 * The words (months, seasons, modifiers) come from {@code ner/date-words.tsv}, the markers that
 * open each part ({@code ngày}, {@code tháng}, {@code mùa} …) and the words around bare years and
 * ranges from {@code ner/date-markers.tsv}. Stateless.
 */
final class DateGrammar {
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{3,4}))?");
  private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[/-](\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{3,4}");
  private static final Pattern ROMAN = Pattern.compile("[IVXL]+");

  private final DateWords words;
  private final DateSuffixes suffixes;

  DateGrammar(DateWords words) {
    this.words = words;
    this.suffixes = new DateSuffixes(words);
  }

  List<DateExpression> find(SentenceView s) {
    List<DateExpression> found = new ArrayList<>();
    int i = 0;
    while (i < s.size()) {
      DateExpression previous = found.isEmpty() ? null : found.get(found.size() - 1);
      DateExpression date = parseAt(s, i);
      if (date == null && previous != null && previous.endToken() == i) {
        date = suffixes.nextYearOfList(s, previous);
        if (date != null && date.era() == DateExpression.Era.BEFORE_COMMON_ERA) {
          // (328-299 TCN): the era after the range's end holds for its start too
          found.set(found.size() - 1, previous.withEra(previous.endToken(), date.era()));
        }
      }
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
    PhraseLexicon.Match<DateWords.DateWord> modifier = words.wordAt(s, i);
    if (modifier != null && modifier.value().kind().equals("modifier")) {
      core = i + modifier.length();
    }
    DateExpression parsed = parseCore(s, core);
    if (parsed == null) {
      return null;
    }
    return suffixes.extend(s, parsed.withSpan(i, parsed.endToken()));
  }

  private DateExpression parseCore(SentenceView s, int i) {
    int day = words.at(s, i, Marker.DAY);
    day += day > 0 ? words.at(s, i + day, Marker.DAY) : 0; // ngày mùng 9
    if (day > 0 && s.isNumber(i + day)) {
      DateExpression full = dayFirst(s, i, i + day);
      return full != null ? full : suffixes.bareDay(s, i, i + day);
    }
    int fullMoon = words.at(s, i, Marker.FULL_MOON);
    int afterMoon = i + fullMoon;
    if (fullMoon > 0 && words.at(s, afterMoon, Marker.MONTH) > 0) {
      return monthFirst(s, i, afterMoon + words.at(s, afterMoon, Marker.MONTH), "15");
    }
    int month = words.at(s, i, Marker.MONTH);
    boolean counted = s.isNumber(i - 1) && words.before(s, i - 1, Marker.DURATION);
    if (month > 0 && !counted) { // not sau 3 tháng 5 ngày
      return monthFirst(s, i, i + month, null);
    }
    int season = words.at(s, i, Marker.SEASON);
    if (season > 0) {
      return season(s, i, i + season);
    }
    int year = words.at(s, i, Marker.YEAR);
    boolean shortYear = // năm 43, năm 50 TCN; not năm 20 tuổi
        year > 0
            && s.isNumber(i + year)
            && TokenShapes.isDigits(s.form(i + year), 1, 2)
            && !suffixes.followedByNoun(s, i + year);
    if (year > 0 && (isYear(s, i + year) || shortYear)) {
      return DateExpression.of(i, i + year + 1, year(s, i + year), null, null, null);
    }
    if (year > 0 && words.cycleYearAt(s, i + year)) {
      return DateExpression.of(i, i + year + 2, null, null, null, null); // năm Quý Mão
    }
    int decade = words.at(s, i, Marker.DECADE);
    if (decade > 0 && isDecade(s, i + decade)) {
      return decade(s, i, i + decade);
    }
    int century = words.at(s, i, Marker.CENTURY);
    if (century > 0) {
      return century(s, i, i + century + words.at(s, i + century, Marker.ORDINAL));
    }
    if (s.isNumber(i) && words.at(s, i + 1, Marker.MONTH) > 0) {
      DateExpression dayMonth = dayFirst(s, i, i);
      if (dayMonth != null && (dayMonth.hasYear() || !words.before(s, i, Marker.DURATION))) {
        return dayMonth;
      }
    }
    if (s.isNumber(i)) {
      return numberDate(s, i);
    }
    return null;
  }

  /** A date written as one number: 30/4/1975, 2/1944, or a bare year. */
  private DateExpression numberDate(SentenceView s, int i) {
    Matcher m = DAY_MONTH_YEAR.matcher(s.form(i));
    if (m.matches() && m.group(3) != null && validDayMonth(m)) {
      return DateExpression.of(
          i, i + 1, Integer.parseInt(m.group(3)), two(m.group(2)), two(m.group(1)), null);
    }
    Matcher my = MONTH_YEAR.matcher(s.form(i));
    if (my.matches() && validMonth(my.group(1)) && my.group(2).length() == 4) {
      return DateExpression.of(i, i + 1, Integer.parseInt(my.group(2)), two(my.group(1)), null, null);
    }
    if (isBareYear(s, i) || suffixes.bareYearBeforeEra(s, i)) {
      return DateExpression.of(i, i + 1, year(s, i), null, null, null);
    }
    return null;
  }

  /** ngày 25/4[/1945] or ngày 25 tháng 4 [năm 1945]. */
  private DateExpression dayFirst(SentenceView s, int start, int i) {
    Matcher m = DAY_MONTH_YEAR.matcher(s.form(i));
    if (m.matches() && validDayMonth(m)) {
      Integer year = m.group(3) == null ? null : Integer.parseInt(m.group(3));
      return DateExpression.of(start, i + 1, year, two(m.group(2)), two(m.group(1)), null);
    }
    int month = words.at(s, i + 1, Marker.MONTH);
    if (TokenShapes.isDigits(s.form(i), 1, 2) && month > 0) {
      int day = Integer.parseInt(s.form(i));
      if (day >= 1 && day <= 31) {
        return monthFirst(s, start, i + 1 + month, two(s.form(i)));
      }
    }
    return null;
  }

  /** The month after a month marker ({@code tháng}) at {@code i}, then an optional year. */
  private DateExpression monthFirst(SentenceView s, int start, int i, String day) {
    Matcher my = MONTH_YEAR.matcher(s.form(i));
    if (my.matches() && validMonth(my.group(1))) {
      return DateExpression.of(
          start, i + 1, Integer.parseInt(my.group(2)), two(my.group(1)), day, null);
    }
    String month = null;
    int end = i;
    if (TokenShapes.isDigits(s.form(i), 1, 2) && validMonth(s.form(i))) {
      month = two(s.form(i));
      end = i + 1;
    } else {
      PhraseLexicon.Match<DateWords.DateWord> named = words.wordAt(s, i);
      if (named != null && named.value().kind().equals("month")) {
        month = named.value().value();
        end = i + named.length();
      }
    }
    if (month == null) {
      return null;
    }
    return suffixes.year(s, DateExpression.of(start, end, null, month, day, null));
  }

  /** mùa Xuân năm 1945: the season word at {@code j}; a season without a year is not a date. */
  private DateExpression season(SentenceView s, int i, int j) {
    PhraseLexicon.Match<DateWords.DateWord> named = words.wordAt(s, j);
    if (named == null || !named.value().kind().equals("season")) {
      return null;
    }
    String code = named.value().value();
    int after = j + named.length();
    DateExpression dated = suffixes.year(s, DateExpression.of(i, after, null, null, null, code));
    return dated.endToken() > after ? dated : null;
  }

  private static DateExpression decade(SentenceView s, int start, int numberAt) {
    String digits = s.form(numberAt);
    if (digits.length() == 2) { // thập niên 40: the century comes from the year rule
      return new DateExpression(
          start, numberAt + 1, null, null, null, null, digits.substring(0, 1), Era.SHORT_DECADE);
    }
    return new DateExpression(
        start, numberAt + 1, null, null, null, null, digits.substring(0, 3), Era.PLAIN);
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
        start, numberAt + 1, null, null, null, null, TokenShapes.padded(century - 1, 2), Era.PLAIN);
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
            && words.at(s, i + 1, Marker.YEAR_FOLLOWER) == 0;
    int rangeWord = words.at(s, i + 1, Marker.RANGE);
    boolean rangeStart = rangeWord > 0 && TokenShapes.isDigits(s.form(i + 1 + rangeWord), 4, 4);
    boolean opened = words.before(s, i, Marker.YEAR_OPENER);
    return (opened || afterName || rangeStart) && !nextIsNoun;
  }

  static boolean isYear(SentenceView s, int i) {
    return s.isNumber(i) && YEAR.matcher(s.form(i)).matches();
  }

  private static boolean isDecade(SentenceView s, int i) {
    boolean digits = TokenShapes.isDigits(s.form(i), 4, 4) || TokenShapes.isDigits(s.form(i), 2, 2);
    return s.isNumber(i) && digits && s.form(i).endsWith("0");
  }

  static int year(SentenceView s, int i) {
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

  static String two(String digits) {
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
