package vnie.ner;

/**
 * A date found by the grammar, before its year is inferred. Fields the text does not give are null.
 *
 * @param firstToken first token within the sentence
 * @param endToken token index after the date
 * @param year the year written in the text
 * @param month two digits
 * @param day two digits
 * @param season SP, SU, FA or WI
 * @param yearless a value that needs no year: a decade (196) or a century (19)
 * @param era how the year is given when it is not written as a number
 */
record DateExpression(
    int firstToken,
    int endToken,
    Integer year,
    String month,
    String day,
    String season,
    String yearless,
    Era era) {

  /** How the text places a date's year besides a written number. */
  enum Era {
    /** The year is written, or inferred by the year rule. */
    PLAIN,
    /** TCN: the value format has no year before year 1, so the year is XXXX. */
    BEFORE_COMMON_ERA,
    /** năm sau: the year after the inferred one. */
    NEXT_YEAR,
    /** thập niên 40: a decade whose century comes from the closest preceding year. */
    SHORT_DECADE
  }

  static DateExpression of(
      int firstToken, int endToken, Integer year, String month, String day, String season) {
    return new DateExpression(firstToken, endToken, year, month, day, season, null, Era.PLAIN);
  }

  boolean hasYear() {
    return year != null && era != Era.BEFORE_COMMON_ERA;
  }

  /** This date with the month of the other end of its range ({@code ngày 25 đến 29 tháng 10}). */
  DateExpression withMonth(String otherMonth) {
    return new DateExpression(firstToken, endToken, year, otherMonth, day, season, yearless, era);
  }

  DateExpression withSpan(int first, int end) {
    return new DateExpression(first, end, year, month, day, season, yearless, era);
  }

  DateExpression withYear(int end, Integer writtenYear) {
    return new DateExpression(firstToken, end, writtenYear, month, day, season, yearless, era);
  }

  DateExpression withEra(int end, Era newEra) {
    return new DateExpression(firstToken, end, year, month, day, season, yearless, newEra);
  }

  boolean needsYear() {
    return year == null && (yearless == null || era == Era.SHORT_DECADE);
  }

  /**
   * The TIMEX3 value, with {@code inferredYear} ("XXXX" when unknown) where the text has none. A
   * day without a month keeps only the year (the format has no day without a month).
   */
  String value(String inferredYear) {
    if (era == Era.BEFORE_COMMON_ERA) {
      return yearless != null ? "XXXX" : withYearValue("XXXX");
    }
    if (era == Era.SHORT_DECADE) {
      return inferredYear.startsWith("X") ? "XXXX" : inferredYear.substring(0, 2) + yearless;
    }
    if (yearless != null) {
      return yearless;
    }
    String y = year != null ? TokenShapes.padded(year, 4) : inferredYear;
    if (era == Era.NEXT_YEAR && year == null && !y.startsWith("X")) {
      y = TokenShapes.padded(Integer.parseInt(y) + 1, 4);
    }
    return withYearValue(y);
  }

  private String withYearValue(String y) {
    if (season != null) {
      return y + "-" + season;
    }
    if (month == null) {
      return y;
    }
    return day == null ? y + "-" + month : y + "-" + month + "-" + day;
  }
}
