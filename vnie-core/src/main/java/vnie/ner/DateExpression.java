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
 */
record DateExpression(
    int firstToken,
    int endToken,
    Integer year,
    String month,
    String day,
    String season,
    String yearless) {

  boolean hasYear() {
    return year != null;
  }

  /** This date with the month of the other end of its range ({@code ngày 25 đến 29 tháng 10}). */
  DateExpression withMonth(String otherMonth) {
    return new DateExpression(firstToken, endToken, year, otherMonth, day, season, yearless);
  }

  boolean needsYear() {
    return year == null && yearless == null;
  }

  /** The TIMEX3 value, with {@code inferredYear} ("XXXX" when unknown) where the text has none. */
  String value(String inferredYear) {
    if (yearless != null) {
      return yearless;
    }
    String y = year != null ? TokenShapes.padded(year, 4) : inferredYear;
    if (season != null) {
      return y + "-" + season;
    }
    if (month == null) {
      return day == null ? y : y + "-XX-" + day;
    }
    return day == null ? y + "-" + month : y + "-" + month + "-" + day;
  }
}
