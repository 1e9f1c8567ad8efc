package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.Relation;

class RelationStageTest {
  private static final RelationStage STAGE = new RelationStage();

  /** Every relation as {@code Type(arg1, arg2) pattern-id}. */
  private static List<String> relations(Document document) {
    return STAGE.apply(document).relations().stream().map(RelationStageTest::show).toList();
  }

  private static String show(Relation r) {
    return r.type()
        + "("
        + r.arg1().text()
        + ", "
        + r.arg2().text()
        + ") "
        + r.provenance().source();
  }

  @Test
  void rankBeforeName() {
    assertEquals(
        List.of("HasRank(Minh Tuấn, Thượng úy) rank-before-name"),
        relations(
            Annotated.document(
                "Thượng úy Minh Tuấn kiểm tra trạm gác.", "RANK Thượng úy", "PERSON Minh Tuấn")));
  }

  @Test
  void oneRankSaidOfSeveralPeople() {
    assertEquals(
        List.of(
            "HasRank(Lê Văn Hai, Đại úy) rank-before-names",
            "HasRank(Trần Bình, Đại úy) rank-before-names"),
        relations(
            Annotated.document(
                "Hai Đại úy Lê Văn Hai và Trần Bình về đơn vị.",
                "RANK Đại úy",
                "PERSON Lê Văn Hai",
                "PERSON Trần Bình")));
  }

  @Test
  void titleWithItsUnitBeforeTheNameAlsoCommands() {
    assertEquals(
        List.of(
            "HasRank(Phạm Quang Lộc, Tư lệnh) title-unit-name",
            "Commands(Phạm Quang Lộc, Quân đoàn 9) commander-title-unit-name"),
        relations(
            Annotated.document(
                "Tư lệnh Quân đoàn 9 Phạm Quang Lộc đến thăm trường.",
                "RANK Tư lệnh",
                "UNIT Quân đoàn 9",
                "PERSON Phạm Quang Lộc")));
  }

  @Test
  void deputyTitleWithItsUnitDoesNotCommand() {
    assertEquals(
        List.of("HasRank(Đỗ Khang, Phó tư lệnh) title-unit-name"),
        relations(
            Annotated.document(
                "Phó tư lệnh Quân đoàn 9 Đỗ Khang đến thăm trường.",
                "RANK Phó tư lệnh",
                "UNIT Quân đoàn 9",
                "PERSON Đỗ Khang")));
  }

  @Test
  void apposition() {
    assertEquals(
        List.of("HasRank(Ivan Petrov, tướng) name-comma-rank"),
        relations(
            Annotated.document(
                "Ivan Petrov, tướng pháo binh, rời Moskva.", "PERSON Ivan Petrov", "RANK tướng")));
  }

  @Test
  void appositionWithACommanderTitleAndItsUnit() {
    assertEquals(
        List.of(
            "HasRank(Hoàng Minh, Sư đoàn trưởng) name-comma-rank-unit",
            "Commands(Hoàng Minh, Sư đoàn 312) name-comma-commander-unit"),
        relations(
            Annotated.document(
                "Ông Hoàng Minh, Sư đoàn trưởng Sư đoàn 312, phát biểu.",
                "PERSON Hoàng Minh",
                "RANK Sư đoàn trưởng",
                "UNIT Sư đoàn 312")));
  }

  @Test
  void aRankAfterACommaBelongsToTheNameAfterIt() {
    assertEquals(
        List.of("HasRank(Lê Bảo, Thiếu tá) rank-before-name"),
        relations(
            Annotated.document(
                "Anh gặp Ngô Tâm, Thiếu tá Lê Bảo và những người khác.",
                "PERSON Ngô Tâm",
                "RANK Thiếu tá",
                "PERSON Lê Bảo")));
  }

  @Test
  void rankInBracketsOrAfterCap() {
    assertEquals(
        List.of("HasRank(Nguyễn Chánh, Đại tướng) name-bracket-rank"),
        relations(
            Annotated.document(
                "Nguyễn Chánh (cấp Đại tướng) dự lễ.", "PERSON Nguyễn Chánh", "RANK Đại tướng")));
    assertEquals(
        List.of("HasRank(Trần Nam, Thiếu tướng) name-promoted-rank"),
        relations(
            Annotated.document(
                "Năm 1980, Trần Nam được phong cấp Thiếu tướng.",
                "PERSON Trần Nam",
                "RANK Thiếu tướng")));
  }

  @Test
  void rankAsPredicateAfterABracketedAside() {
    assertEquals(
        List.of("HasRank(Trần Khánh Dư, tướng) name-is-rank"),
        relations(
            Annotated.document(
                "Trần Khánh Dư (1240 – 1339) là một tướng giỏi.",
                "PERSON Trần Khánh Dư",
                "RANK tướng")));
  }

  @Test
  void titlesJoinedByKiemAreEachHeld() {
    assertEquals(
        List.of(
            "HasRank(Lâm Sơn, Đại tá) rank-before-name",
            "HasRank(Lâm Sơn, Chính ủy) name-is-rank",
            "HasRank(Lâm Sơn, Tham mưu trưởng) name-is-rank",
            "HasRank(Vũ Hà, Phó tư lệnh) name-is-rank"),
        relations(
            Annotated.document(
                "Đại tá Lâm Sơn giữ chức Chính ủy kiêm Tham mưu trưởng, còn Vũ Hà làm Phó tư"
                    + " lệnh.",
                "RANK Đại tá",
                "PERSON Lâm Sơn",
                "RANK Chính ủy",
                "RANK Tham mưu trưởng",
                "PERSON Vũ Hà",
                "RANK Phó tư lệnh")));
  }

  @Test
  void titleOfAUnitIsAName() {
    assertEquals(
        List.of(
            "HasRank(Đinh Công, Tư lệnh) title-is-name",
            "Commands(Đinh Công, Quân khu 4) title-unit-is-name",
            "HasRank(Đinh Công, Thiếu tướng) rank-before-name"),
        relations(
            Annotated.document(
                "Tư lệnh Quân khu 4 là Thiếu tướng Đinh Công.",
                "RANK Tư lệnh",
                "UNIT Quân khu 4",
                "RANK Thiếu tướng",
                "PERSON Đinh Công")));
  }

  @Test
  void unitLedByAPersonAcrossItsModifiers() {
    assertEquals(
        List.of(
            "Commands(Karl Weber, Sư đoàn 7) unit-led-by-name",
            "HasRank(Karl Weber, Tướng) rank-before-name"),
        relations(
            Annotated.document(
                "Sư đoàn 7 của Quân đội Áo do Tướng Karl Weber chỉ huy tiến về phía nam.",
                "UNIT Sư đoàn 7",
                "UNIT Quân đội Áo",
                "RANK Tướng",
                "PERSON Karl Weber")));
  }

  @Test
  void unitLedByAPersonWhoIsItsCommander() {
    assertEquals(
        List.of(
            "Commands(Lý Phong, Sư đoàn 9) unit-led-by-name-as-title",
            "HasRank(Lý Phong, Đại tá) rank-before-name",
            "HasRank(Lý Phong, Tư lệnh) name-is-rank"),
        relations(
            Annotated.document(
                "Sư đoàn 9, đơn vị chủ lực của Quân khu 5, do Đại tá Lý Phong làm Tư lệnh.",
                "UNIT Sư đoàn 9",
                "UNIT Quân khu 5",
                "RANK Đại tá",
                "PERSON Lý Phong",
                "RANK Tư lệnh")));
  }

  @Test
  void personCommandsUnits() {
    assertEquals(
        List.of(
            "Commands(Hà Trung, Trung đoàn 12) name-leads-unit",
            "Commands(Hà Trung, Trung đoàn 14) name-leads-unit"),
        relations(
            Annotated.document(
                "Hà Trung trực tiếp chỉ huy Trung đoàn 12 và Trung đoàn 14.",
                "PERSON Hà Trung",
                "UNIT Trung đoàn 12",
                "UNIT Trung đoàn 14")));
  }

  @Test
  void unitUnderACommander() {
    assertEquals(
        List.of(
            "Commands(Otto Brenner, Trung đoàn 88) unit-under-name",
            "HasRank(Otto Brenner, Đại tá) rank-before-name"),
        relations(
            Annotated.document(
                "Trung đoàn 88 dưới quyền Đại tá Otto Brenner giữ cầu.",
                "UNIT Trung đoàn 88",
                "RANK Đại tá",
                "PERSON Otto Brenner")));
  }

  @Test
  void personIsCommanderOfAUnitOrHasAUnit() {
    assertEquals(
        List.of(
            "HasRank(Mai Lâm, Sư đoàn trưởng) name-is-rank",
            "Commands(Mai Lâm, Sư đoàn 5) name-is-title-unit"),
        relations(
            Annotated.document(
                "Mai Lâm làm Sư đoàn trưởng Sư đoàn 5.",
                "PERSON Mai Lâm",
                "RANK Sư đoàn trưởng",
                "UNIT Sư đoàn 5")));
    assertEquals(
        List.of("Commands(Hans Keller, Tập đoàn quân 4) unit-of-name"),
        relations(
            Annotated.document(
                "Tập đoàn quân 4 của Hans Keller rút lui.",
                "UNIT Tập đoàn quân 4",
                "PERSON Hans Keller")));
  }

  @Test
  void onlyWithinOneSentence() {
    assertEquals(
        List.of(),
        relations(
            Annotated.document(
                "Sư đoàn 3 vượt sông. Do Trần Lâm chỉ huy nên họ thắng.",
                "UNIT Sư đoàn 3",
                "PERSON Trần Lâm")));
  }
}
