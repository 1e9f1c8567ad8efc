package vnie.ner;

import vnie.core.TokenKind;
import vnie.ner.DateExpression.Era;
import vnie.ner.DateWords.Marker;

/**
 * The parts of the date grammar that extend a date found by {@link DateGrammar}: the year after a
 * month or season ({@code năm 1945}, {@code , 1944}, {@code năm đó}, {@code năm Canh Tuất}), the
 * words kept at its end ({@code âm lịch}, {@code TCN}, {@code CN}), bare days, and the further
 * years of a list or range ({@code năm 612, 613, 614}, {@code 1943-44}). Stateless.
 */
final class DateSuffixes {
  private static final int FIRST_YEAR = 100;
  private static final int LAST_YEAR = 2100;

  private final DateWords words;

  DateSuffixes(DateWords words) {
    this.words = words;
  }

  /** {@code date} with the era and calendar words that follow it. */
  DateExpression extend(SentenceView s, DateExpression date) {
    DateExpression d = date;
    int end = d.endToken();
    int lunar = words.at(s, end, Marker.LUNAR);
    if (lunar > 0) {
      d = d.withSpan(d.firstToken(), end + lunar);
      end += lunar;
    }
    if (d.year() == null && d.yearless() == null) {
      return d; // TCN after a date without a year belongs to something else
    }
    int bce = words.at(s, end, Marker.BEFORE_COMMON_ERA);
    if (bce > 0) {
      return d.withEra(end + bce, Era.BEFORE_COMMON_ERA);
    }
    int ce = words.at(s, end, Marker.COMMON_ERA);
    return ce > 0 ? d.withSpan(d.firstToken(), end + ce) : d;
  }

  /** A month or season date with the year that follows it, when one does. */
  DateExpression year(SentenceView s, DateExpression date) {
    int end = date.endToken() + words.at(s, date.endToken(), Marker.LUNAR);
    int year = words.at(s, end, Marker.YEAR);
    if (year > 0 && DateGrammar.isYear(s, end + year)) {
      return date.withYear(end + year + 1, DateGrammar.year(s, end + year));
    }
    if (year > 0 && words.cycleYearAt(s, end + year)) {
      return date.withSpan(date.firstToken(), end + year + 2);
    }
    boolean comma = s.inRange(end) && s.form(end).equals(",");
    int afterComma = end + (comma ? 1 : 0);
    int yearAfterComma = comma ? words.at(s, afterComma, Marker.YEAR) : 0;
    int at = afterComma + yearAfterComma;
    boolean written = comma || date.season() == null;
    if (written && isFullYear(s, at) && (comma || !followedByNoun(s, at))) {
      return date.withYear(at + 1, DateGrammar.year(s, at)); // 24 tháng 11, 1944; tháng 4 1939
    }
    int same = words.at(s, end, Marker.SAME_YEAR);
    if (same > 0) {
      return date.withSpan(date.firstToken(), end + same);
    }
    int next = words.at(s, end, Marker.NEXT_YEAR);
    if (next > 0) {
      return date.withEra(end + next, Era.NEXT_YEAR);
    }
    return end > date.endToken() ? date.withSpan(date.firstToken(), end) : date;
  }

  /** ngày 25, mùng 2, mồng 6 Tết: a day whose month comes from the year rule's neighbours. */
  DateExpression bareDay(SentenceView s, int start, int i) {
    // 3 ngày 3 đêm counts days
    if (!TokenShapes.isDigits(s.form(i), 1, 2) || s.isNumber(start - 1)) {
      return null;
    }
    int day = Integer.parseInt(s.form(i));
    if (day < 1 || day > 31) {
      return null;
    }
    int tet = words.at(s, i + 1, Marker.NEW_YEAR);
    String month = tet > 0 ? "01" : null;
    DateExpression date = DateExpression.of(start, i + 1 + tet, null, month, DateGrammar.two(s.form(i)), null);
    return tet > 0 && words.cycleYearAt(s, i + 1 + tet) ? date.withSpan(start, i + 3 + tet) : date;
  }

  /**
   * The next year of a list or range after {@code previous}, a year alone: {@code 613} in {@code
   * năm 612, 613}, {@code 44} in {@code 1943-44}, {@code 642} in {@code (618-642)}; null when none.
   */
  DateExpression nextYearOfList(SentenceView s, DateExpression previous) {
    boolean yearAlone =
        previous.year() != null
            && previous.month() == null
            && previous.day() == null
            && previous.season() == null;
    if (!yearAlone) {
      return null;
    }
    int at = previous.endToken();
    int range = words.at(s, at, Marker.RANGE);
    int list = range > 0 ? 0 : words.at(s, at, Marker.YEAR_LIST);
    int i = at + range + list;
    if ((range == 0 && list == 0) || !s.isNumber(i) || followedByNoun(s, i)) {
      return null;
    }
    String form = s.form(i);
    Integer year = null;
    if (range > 0 && TokenShapes.isDigits(form, 2, 2) && previous.year() >= FIRST_YEAR) {
      year = previous.year() / 100 * 100 + Integer.parseInt(form); // 1943-44
    } else if (TokenShapes.isDigits(form, 3, 4)) {
      year = Integer.parseInt(form);
    }
    if (year == null || year < FIRST_YEAR || year > LAST_YEAR) {
      return null;
    }
    return extend(s, DateExpression.of(i, i + 1, year, null, null, null));
  }

  /** A year written without năm that a date follows: 299 TCN, (413), (618-642). */
  boolean bareYearBeforeEra(SentenceView s, int i) {
    if (!TokenShapes.isDigits(s.form(i), 1, 4)) {
      return false;
    }
    if (words.at(s, i + 1, Marker.BEFORE_COMMON_ERA) > 0) {
      return true;
    }
    boolean bracketed = i > 0 && s.form(i - 1).equals("(");
    boolean closed = s.inRange(i + 1) && s.form(i + 1).equals(")");
    int range = words.at(s, i + 1, Marker.RANGE);
    boolean rangeStart = range > 0 && s.isNumber(i + 1 + range);
    return bracketed && TokenShapes.isDigits(s.form(i), 3, 4) && (closed || rangeStart);
  }

  /** A year of four digits in the years vnie knows. */
  private static boolean isFullYear(SentenceView s, int i) {
    if (!s.isNumber(i) || !TokenShapes.isDigits(s.form(i), 4, 4)) {
      return false;
    }
    int y = Integer.parseInt(s.form(i));
    return y >= 1000 && y <= LAST_YEAR;
  }

  /** True when a word that counts the number follows it (1975 người), not a year's follower. */
  boolean followedByNoun(SentenceView s, int i) {
    return s.inRange(i + 1)
        && s.tokens().get(i + 1).is(TokenKind.WORD)
        && !s.tokens().get(i + 1).isCapitalized()
        && words.at(s, i + 1, Marker.YEAR_FOLLOWER) == 0
        && words.at(s, i + 1, Marker.BEFORE_COMMON_ERA) == 0
        && words.at(s, i + 1, Marker.LUNAR) == 0
        && words.at(s, i + 1, Marker.DAY) == 0
        && words.at(s, i + 1, Marker.MONTH) == 0;
  }
}
