package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vnie.ner.NerAssertions.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on sentences written for these tests: exact spans, types, values and provenance. */
class GeneralisingRulesTest {
  /** Every mention as {@code TYPE text [value] source}. */
  private static List<String> found(String text) {
    return mentions(text).stream()
        .map(
            m ->
                m.type()
                    + " "
                    + m.text()
                    + (m.value().isEmpty() ? "" : " =" + m.value())
                    + " "
                    + m.provenance())
        .toList();
  }

  @Test
  void titlesJoinedByKiemAreSeparateRanks() {
    assertEquals(
        List.of(
            "RANK Tướng ranks",
            "PERSON Trần Văn Quang person-after-rank",
            "RANK Tư lệnh ranks",
            "RANK Chính ủy ranks",
            "UNIT Quân khu 4 unit-pattern"),
        found("Tướng Trần Văn Quang là Tư lệnh kiêm Chính ủy Quân khu 4."));
  }

  @Test
  void aRankSaidOfAPersonIsARankButCountsAndCommandBodiesAreNot() {
    assertEquals(
        List.of("DATE Năm 1960 =1960 date-grammar", "RANK thiếu tướng ranks"),
        found("Năm 1960, ông được phong làm thiếu tướng."));
    assertEquals(
        List.of("PERSON Phạm Quang Huy person-surname", "RANK đô đốc ranks"),
        found("Phạm Quang Huy là một đô đốc của hải quân."));
    assertEquals(
        List.of("UNIT Quân khu 5 unit-pattern"),
        found("Có 10 đại tướng dự họp tại Bộ Tư lệnh Quân khu 5."));
  }

  @Test
  void civilTitlesAnnounceAPersonButAreNoRanks() {
    assertEquals(
        List.of("LOCATION Hà Nội places", "PERSON Nguyễn Văn An person-after-cue"),
        found("Anh ấy học tiếng Anh ở Hà Nội cùng Thủ tướng Nguyễn Văn An."));
  }

  @Test
  void foreignNamesKeepTheirParticles() {
    assertEquals(
        List.of(
            "RANK Đại tá ranks",
            "PERSON Jean de Lattre person-after-rank",
            "RANK Trung tá ranks",
            "PERSON Hans von Bremen person-after-rank",
            "LOCATION Đức countries"),
        found("Ông gặp Đại tá Jean de Lattre và Trung tá Hans von Bremen (Đức)."));
  }

  @Test
  void listsThatShareAClassifierGiveBareItems() {
    assertEquals(
        List.of(
            "UNIT sư đoàn 6 unit-pattern",
            "UNIT 7 unit-pattern",
            "UNIT 341 unit-pattern",
            "LOCATION Huế places"),
        found("Các sư đoàn 6, 7 và 341 tiến về Huế."));
    assertEquals(
        List.of(
            "LOCATION Pháp countries",
            "LOCATION đường số 4 place-number",
            "LOCATION 13 place-number",
            "LOCATION 18 place-number",
            "LOCATION cao điểm 1015 place-number",
            "LOCATION A1 place-classifier"),
        found("Quân Pháp rút khỏi đường số 4, 13 và 18 sau khi mất cao điểm 1015 và đồi A1."));
  }

  @Test
  void aCountIsNoListItem() {
    assertEquals(
        List.of("UNIT Sư đoàn 5 unit-pattern"), found("Sư đoàn 5, 3 tiểu đoàn và 2 người ở lại."));
  }

  @Test
  void unitsWithDescriptorsCodesAcronymsAndStateNames() {
    assertEquals(
        List.of(
            "UNIT Sư đoàn 18 Bộ binh unit-pattern",
            "UNIT F320 unit-code",
            "UNIT U.P.A. unit-acronym",
            "UNIT Quân đội Việt Nam Cộng hòa unit-pattern"),
        found(
            "Sư đoàn 18 Bộ binh, F320 và hai tiểu đoàn quân U.P.A. thuộc Quân đội Việt Nam Cộng"
                + " hòa."));
    assertEquals(
        List.of(
            "UNIT Quân đoàn xe tăng cận vệ số 3 unit-pattern",
            "UNIT Tập đoàn quân II unit-pattern",
            "LOCATION Ba Lan countries"),
        found("Quân đoàn xe tăng cận vệ số 3 và Tập đoàn quân II tiến vào Ba Lan."));
  }

  @Test
  void dayRangesTakeMonthAndYearFromTheirOtherEnd() {
    assertEquals(
        List.of(
            "DATE ngày 5 =1971-03-05 date-grammar",
            "DATE 20 tháng 3 năm 1971 =1971-03-20 date-grammar",
            "DATE ngày 13/3 =1954-03-13 date-grammar",
            "DATE 7/5/1954 =1954-05-07 date-grammar"),
        found(
            "Chiến dịch kéo dài từ ngày 5 đến 20 tháng 3 năm 1971, sau trận từ ngày 13/3 đến"
                + " 7/5/1954."));
  }

  @Test
  void namedMonthsSeasonsModifiersDecadesAndCenturies() {
    assertEquals(
        List.of(
            "DATE tháng Giêng năm 1968 =1968-01 date-grammar",
            "DATE mùa thu năm 1950 =1950-FA date-grammar",
            "DATE đầu tháng 5 =1950-05 date-grammar",
            "DATE cuối thập niên 1960 =196 date-grammar",
            "DATE thế kỷ XX =19 date-grammar"),
        found(
            "Vào tháng Giêng năm 1968 và mùa thu năm 1950, rồi đầu tháng 5, cuối thập niên 1960"
                + " và thế kỷ XX."));
  }

  @Test
  void aLifespanMakesAPersonAndBracketsGiveItsOtherNames() {
    assertEquals(
        List.of(
            "PERSON Karl Weber person-lifespan",
            "DATE 1890 =1890 date-grammar",
            "DATE 1956 =1956 date-grammar",
            "PERSON Otto Weber person-after-cue"),
        found("Karl Weber (1890 – 1956) là con trai của Otto Weber."));
    assertEquals(
        List.of(
            "PERSON Đặng Hữu Phúc person-lifespan",
            "PERSON 鄧有福 bracket-alias",
            "DATE 1901 =1901 date-grammar",
            "DATE 1972 =1972 date-grammar",
            "LOCATION Nam Định places"),
        found("Đặng Hữu Phúc (chữ Hán: 鄧有福; 1901 – 1972) sinh ở Nam Định."));
  }

  @Test
  void compoundsNationalitiesRegionsAndListedPlaces() {
    assertEquals(
        List.of(
            "LOCATION Việt place-compound",
            "LOCATION Lào countries",
            "LOCATION Minh place-nationality"),
        found("Biên giới Việt-Lào bị quân Minh vượt qua."));
    assertEquals(
        List.of(
            "LOCATION miền Bắc region", "LOCATION Việt Nam countries", "LOCATION miền Nam region"),
        found("Sư đoàn rời miền Bắc Việt Nam vào miền Nam."));
    assertEquals(
        List.of(
            "LOCATION Smolensk place-preposition",
            "LOCATION Krasnoye place-preposition",
            "LOCATION Orsha place-list"),
        found("Ông về Smolensk rồi ở Krasnoye, Orsha."));
  }

  @Test
  void aPlaceGluedToMoreCapitalsIsPartOfALongerName() {
    assertEquals(
        List.of("PERSON Nguyễn Đức Cảnh person-surname", "LOCATION Mỹ Tho place-preposition"),
        found("Nguyễn Đức Cảnh về Mỹ Tho."));
  }

  @Test
  void aCapitalisedPrepositionIsNoFamilyNameAndTheAlliesAreNoPlace() {
    assertEquals(
        List.of("LOCATION Hà Nội places", "LOCATION Châu Âu places"),
        found("Từ Hà Nội, quân Đồng Minh tiến về Châu Âu."));
  }

  @Test
  void aCapitalisedSentenceStartAloneIsNoName() {
    assertEquals(List.of(), found("Hôm ấy trời mưa to."));
  }
}
