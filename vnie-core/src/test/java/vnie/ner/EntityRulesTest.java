package vnie.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vnie.ner.NerAssertions.found;
import static vnie.ner.NerAssertions.mentions;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.EntityType;
import vnie.core.Mention;

class EntityRulesTest {
  @Test
  void rankThenNameThenUnit() {
    assertEquals(
        List.of(
            "UNIT Quân đội Vệ binh số 5", "LOCATION Liên Xô", "RANK Tướng", "PERSON Alexey Zhadov"),
        found("Khi Quân đội Vệ binh số 5 của Liên Xô do Tướng Alexey Zhadov chỉ huy."));
  }

  @Test
  void consecutiveRanksFormOneSpanAndInitialsStayInTheName() {
    assertEquals(
        List.of("RANK Hạ sĩ Cpl", "PERSON James J. McDonnell"),
        found("“Chúng tôi đều là bạn”, Hạ sĩ Cpl James J. McDonnell nhớ lại."));
  }

  @Test
  void titleUnitAndNameInARow() {
    assertEquals(
        List.of("RANK Tư lệnh", "UNIT Quân đoàn 2", "PERSON Nguyễn Hữu An"),
        found("Ông gặp Tư lệnh Quân đoàn 2 Nguyễn Hữu An."));
  }

  @Test
  void genericRanksAreNotRanks() {
    assertEquals(List.of(), found("Các tướng lĩnh và sĩ quan đã họp với binh sĩ."));
  }

  @Test
  void unitsNeedANumberOrAName() {
    assertEquals(
        List.of(
            "UNIT Quân đoàn xe tăng cận vệ số 3",
            "LOCATION Liên Xô",
            "UNIT tập đoàn quân 9",
            "UNIT Sư đoàn 308"),
        found(
            "Quân đoàn xe tăng cận vệ số 3 Liên Xô, tập đoàn quân 9 và Sư đoàn 308 có 29 sư đoàn."));
    assertEquals(
        List.of("LOCATION Mỹ", "UNIT Wehrmacht"), found("Quân đội Mỹ đánh quân đội Wehrmacht."));
  }

  @Test
  void countriesInNationalitiesAndCompoundsButNotLanguagesOrPronouns() {
    assertEquals(
        List.of("LOCATION Mỹ", "LOCATION Liên Xô", "LOCATION Mỹ", "LOCATION Anh"),
        found("Người Mỹ gặp lính Liên Xô tại hội nghị Mỹ-Anh."));
    assertEquals(List.of(), found("Anh ấy không thể nói tiếng Nga và tiếng Anh."));
  }

  @Test
  void placesAfterClassifiersAndPrepositionsThenFoundAgain() {
    assertEquals(
        List.of(
            "LOCATION Elbe",
            "LOCATION Torgau",
            "LOCATION Strehla",
            "LOCATION miền Bắc",
            "LOCATION Đức",
            "LOCATION Elbe"),
        found(
            "Trên sông Elbe, không xa thành phố Torgau, gần Strehla ở miền Bắc nước Đức."
                + " Họ gặp nhau trên Elbe."));
  }

  @Test
  void eventNamesAndEverythingInsideThemAreLeftOut() {
    assertEquals(
        List.of("LOCATION Elbe"),
        found("Trên sông Elbe vào cuối Thế chiến II. Ngày Elbe mở đầu Chiến tranh Lạnh."));
  }

  @Test
  void peopleAreFoundAgainByTheirFamilyName() {
    List<Mention> m =
        mentions(
            "Trung úy William Robertson gặp Trung úy Alexander Silvashko. "
                + "Robertson và Silvashko là bạn.");
    assertEquals(
        List.of(
            "RANK Trung úy",
            "PERSON William Robertson",
            "RANK Trung úy",
            "PERSON Alexander Silvashko",
            "PERSON Robertson",
            "PERSON Silvashko"),
        m.stream().map(x -> x.type() + " " + x.text()).toList());
    assertEquals("person-propagation", m.get(4).provenance().source());
    assertEquals("person-after-rank", m.get(1).provenance().source());
  }

  @Test
  void aSharedFamilyNameIsNotPropagated() {
    assertEquals(
        List.of("RANK Tướng", "PERSON John Smith", "RANK Tướng", "PERSON Adam Smith"),
        found("Tướng John Smith và Tướng Adam Smith. Smith đến sau.", EntityType.RANK).isEmpty()
            ? List.of()
            : found("Tướng John Smith và Tướng Adam Smith. Smith đến sau."));
  }

  @Test
  void namesAfterCues() {
    assertEquals(
        List.of("PERSON Alexei Gorlianski"),
        found("Một sĩ quan có tên Alexei Gorlianski nhớ lại."));
  }
}
