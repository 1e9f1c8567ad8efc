package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vnie.ner.NerAssertions.found;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.EntityType;

class DateRuleTest {
  private static List<String> dates(String text) {
    return found(text, EntityType.DATE);
  }

  @Test
  void fullDatesInEveryForm() {
    assertEquals(
        List.of(
            "DATE ngày 25/4/1945=1945-04-25",
            "DATE 7-5-1954=1954-05-07",
            "DATE ngày 2 tháng 9 năm 1945=1945-09-02"),
        dates("Vào ngày 25/4/1945, rồi 7-5-1954 và ngày 2 tháng 9 năm 1945."));
  }

  @Test
  void monthsSeasonsYearsDecadesCenturies() {
    assertEquals(
        List.of(
            "DATE tháng 5 năm 1945=1945-05",
            "DATE mùa Xuân năm 1945=1945-SP",
            "DATE năm 1954=1954",
            "DATE thập niên 1960=196",
            "DATE thế kỷ 20=19",
            "DATE thế kỷ XIII=12",
            "DATE tháng Giêng năm 1968=1968-01"),
        dates(
            "Từ tháng 5 năm 1945, mùa Xuân năm 1945, năm 1954, thập niên 1960, thế kỷ 20,"
                + " thế kỷ XIII và tháng Giêng năm 1968."));
  }

  @Test
  void modifiersStayInTheSpanWithoutChangingTheValue() {
    assertEquals(
        List.of(
            "DATE Năm 1945=1945",
            "DATE đầu tháng 5=1945-05",
            "DATE trung tuần tháng 3 năm 1975=1975-03"),
        dates("Năm 1945 đã qua. Vào đầu tháng 5 sau đó, và trung tuần tháng 3 năm 1975."));
  }

  @Test
  void aYearlessDateTakesTheOtherEndOfItsRangeThenThePrecedingYear() {
    assertEquals(
        List.of(
            "DATE ngày 13/3=1954-03-13", "DATE 7/5/1954=1954-05-07", "DATE ngày 20/7=1954-07-20"),
        dates("Trận đánh từ ngày 13/3 đến 7/5/1954. Hiệp định ký ngày 20/7."));
    assertEquals(List.of("DATE ngày 25/4=XXXX-04-25"), dates("Họ gặp nhau vào ngày 25/4."));
  }

  @Test
  void bareYearsOnlyWhereTheContextMarksThem() {
    assertEquals(
        List.of("DATE 1945=1945", "DATE 1954=1954"),
        dates("Chiến tranh Đông Dương (1945 – 1954) có 1500 quân."));
  }

  @Test
  void relativeExpressionsAndSeasonsWithoutYearAreNotDates() {
    assertEquals(
        List.of(), dates("Sau đó cùng ngày, vài tuần trước, mùa xuân, hai năm sau, 3 ngày sau."));
  }
}
