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

  boolean needsYear() {
    return year == null && yearless == null;
  }

  /** The TIMEX3 value, with {@code inferredYear} ("XXXX" when unknown) where the text has none. */
  String value(String inferredYear) {
    if (yearless != null) {
      return yearless;
    }
    String y = year != null ? String.format("%04d", year) : inferredYear;
    if (season != null) {
      return y + "-" + season;
    }
    if (month == null) {
      return y;
    }
    return day == null ? y + "-" + month : y + "-" + month + "-" + day;
  }
}
