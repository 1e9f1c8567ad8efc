package vnie.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.Event;

class EventStageTest {
  private static final EventStage STAGE = new EventStage();

  /** Every event as {@code Type trigger Role=text …}, roles in the order found. */
  private static List<String> events(Document document) {
    List<String> out = new ArrayList<>();
    for (Event e : STAGE.apply(document).events()) {
      StringBuilder b = new StringBuilder(e.type() + " " + e.triggerText());
      for (Argument a : e.arguments()) {
        b.append(' ').append(a.role()).append('=').append(a.filler().text());
      }
      String text = document.text();
      if (!text.substring(e.start(), e.end()).equals(e.triggerText())) {
        throw new AssertionError("trigger offsets do not fit: " + e);
      }
      out.add(b.toString());
    }
    return out;
  }

  @Test
  void meetWithParticipantsPlaceAndTime() {
    assertEquals(
        List.of(
            "Meet gặp nhau Participant=Sư đoàn 2 Participant=Lào Place=Viêng Chăn"
                + " Time=Ngày 3/2/1961"),
        events(
            Annotated.document(
                "Ngày 3/2/1961, Sư đoàn 2 và quân đội Lào gặp nhau tại thủ đô Viêng Chăn.",
                "DATE Ngày 3/2/1961",
                "UNIT Sư đoàn 2",
                "LOCATION Lào",
                "LOCATION Viêng Chăn")));
  }

  @Test
  void meetWithAnObjectAndACommanderWhoIsNoParticipant() {
    assertEquals(
        List.of("Meet gặp Participant=Trung đoàn 9 Participant=Pháp Place=Sầm Nưa"),
        events(
            Annotated.document(
                "Trung đoàn 9 do Đại tá Hà Lâm chỉ huy đã gặp quân Pháp gần thị xã Sầm Nưa.",
                "UNIT Trung đoàn 9",
                "RANK Đại tá",
                "PERSON Hà Lâm",
                "LOCATION Pháp",
                "LOCATION Sầm Nưa")));
  }

  @Test
  void attackWithAttackerTargetsPlaceAndTime() {
    assertEquals(
        List.of(
            "Attack tấn công Attacker=Sư đoàn 7 Target=Bỉ Target=Hà Lan Place=Liège"
                + " Time=Tháng 5 năm 1940"),
        events(
            Annotated.document(
                "Tháng 5 năm 1940, Sư đoàn 7 tấn công quân Bỉ và Hà Lan ở Liège.",
                "DATE Tháng 5 năm 1940",
                "UNIT Sư đoàn 7",
                "LOCATION Bỉ",
                "LOCATION Hà Lan",
                "LOCATION Liège")));
  }

  @Test
  void battleNounLeavesTheClassifierOutAndTakesItsSidesFromGiua() {
    assertEquals(
        List.of("Attack đánh Attacker=Trung đoàn 5 Target=Quân đoàn 3 Place=Kon Tum"),
        events(
            Annotated.document(
                "Trận đánh giữa Trung đoàn 5 và Quân đoàn 3 kéo dài ba ngày tại Kon Tum.",
                "UNIT Trung đoàn 5",
                "UNIT Quân đoàn 3",
                "LOCATION Kon Tum")));
  }

  @Test
  void passiveDefeatPutsTheSubjectInTheTarget() {
    assertEquals(
        List.of("Attack tiêu diệt Target=Lữ đoàn 4 Time=năm 1968"),
        events(
            Annotated.document(
                "Lữ đoàn 4 đã bị tiêu diệt vào năm 1968.", "UNIT Lữ đoàn 4", "DATE năm 1968")));
  }

  @Test
  void defeatAsAFigureOfSpeechIsNoEvent() {
    assertEquals(List.of(), events(Annotated.document("Họ đập tan mọi hoài nghi.")));
  }

  @Test
  void nounInvasionTakesItsAgentFromTheGenitiveButAnAttributeIsNoEvent() {
    assertEquals(
        List.of("Attack xâm lược Attacker=Xiêm Time=Năm 1785"),
        events(
            Annotated.document(
                "Năm 1785, nghĩa quân chặn cuộc xâm lược của quân Xiêm. Khi ấy quân Thanh xâm"
                    + " lược còn ở xa.",
                "DATE Năm 1785",
                "LOCATION Xiêm",
                "LOCATION Thanh")));
  }

  @Test
  void moveWithMoverDestinationAndTime() {
    assertEquals(
        List.of("Move rút về Mover=Tiểu đoàn 6 Destination=Pleiku Time=Ngày 12/3/1975"),
        events(
            Annotated.document(
                "Ngày 12/3/1975, Tiểu đoàn 6 rút về thị xã Pleiku.",
                "DATE Ngày 12/3/1975",
                "UNIT Tiểu đoàn 6",
                "LOCATION Pleiku")));
  }

  @Test
  void arrivalIsAMoveOnlyAfterAnAspectMarker() {
    assertEquals(
        List.of("Move đến Mover=Trần Văn Bảy Destination=Huế"),
        events(
            Annotated.document(
                "Trần Văn Bảy đã đến Huế. Ông ở lại đó đến năm 1970.",
                "PERSON Trần Văn Bảy",
                "LOCATION Huế",
                "DATE năm 1970")));
  }

  @Test
  void moveToAPlaceNamedAfterAPrepositionAndItsLocator() {
    assertEquals(
        List.of("Move có mặt Mover=Quân đoàn 1 Destination=Gia Lâm"),
        events(
            Annotated.document(
                "Quân đoàn 1 đã có mặt tại sân bay Gia Lâm, thuộc Hà Nội.",
                "UNIT Quân đoàn 1",
                "LOCATION Gia Lâm",
                "LOCATION Hà Nội")));
  }

  @Test
  void captureWithAgentPlaceAndTheNameInBrackets() {
    assertEquals(
        List.of("Capture đánh chiếm Agent=Trung đoàn 95 Place=Buôn Ma Thuột Place=Ban Mê Thuột"),
        events(
            Annotated.document(
                "Trung đoàn 95 đánh chiếm thị xã Buôn Ma Thuột (Ban Mê Thuột) sau hai ngày.",
                "UNIT Trung đoàn 95",
                "LOCATION Buôn Ma Thuột",
                "LOCATION Ban Mê Thuột")));
  }

  @Test
  void captureNeedsAPlace() {
    assertEquals(
        List.of(), events(Annotated.document("Sư đoàn 320 chiếm ưu thế.", "UNIT Sư đoàn 320")));
    assertEquals(
        List.of("Capture giải phóng Place=Đà Nẵng"),
        events(
            Annotated.document(
                "Đà Nẵng được giải phóng, còn quân Nhật chiếm giữ ưu thế.",
                "LOCATION Đà Nẵng",
                "LOCATION Nhật")));
  }

  @Test
  void aCapitalisedNameStandsForAPlaceTheEntityRulesMissed() {
    assertEquals(
        List.of("Capture làm chủ Agent=Quân đoàn 3"),
        events(
            Annotated.document(
                "Quân đoàn 3 làm chủ Xuân Lộc. Quân đoàn 3 làm chủ tình hình.",
                "UNIT Quân đoàn 3",
                "UNIT Quân đoàn 3")));
  }

  @Test
  void surrenderWithItsAgentBeforeOrAfterBucHang() {
    assertEquals(
        List.of("Surrender đầu hàng Agent=Đức Place=Reims Time=ngày 7/5/1945"),
        events(
            Annotated.document(
                "Quân Đức đầu hàng tại Reims ngày 7/5/1945.",
                "LOCATION Đức",
                "LOCATION Reims",
                "DATE ngày 7/5/1945")));
    assertEquals(
        List.of("Surrender bức hàng Agent=Nhật"),
        events(Annotated.document("Họ bức hàng quân Nhật.", "LOCATION Nhật")));
  }

  @Test
  void deathWithVictimPlaceAndTimeAndTheFixedBiGiet() {
    assertEquals(
        List.of(
            "Death hy sinh Victim=Lê Văn Tám Place=Thị Nghè Time=năm 1945",
            "Death bị giết Victim=Hans Moser"),
        events(
            Annotated.document(
                "Lê Văn Tám hy sinh ở Thị Nghè năm 1945. Hans Moser bị giết.",
                "PERSON Lê Văn Tám",
                "LOCATION Thị Nghè",
                "DATE năm 1945",
                "PERSON Hans Moser")));
  }

  @Test
  void negationModalityPlansAndPurposesSuppressTheEvent() {
    assertEquals(
        List.of(),
        events(
            Annotated.document(
                "Quân Anh không qua sông. Họ có thể tiếp tục tiến về Paris. Kế hoạch tấn công"
                    + " Berlin bị hủy. Anh ta suýt vô tình bắn đồng đội. Đơn vị được cử sang để"
                    + " đánh địch. Trong nhiệm vụ đập tan quân Đức, họ chờ. Quân Pháp sẽ đầu hàng.",
                "LOCATION Anh",
                "LOCATION Paris",
                "LOCATION Berlin",
                "LOCATION Đức",
                "LOCATION Pháp")));
  }

  @Test
  void aCueFarBeforeTheTriggerOrAfterItDoesNotSuppress() {
    assertEquals(
        List.of("Attack tấn công Attacker=Sư đoàn 2", "Meet gặp gỡ"),
        events(
            Annotated.document(
                "Không ai ngờ rằng ngay hôm đó Sư đoàn 2 tấn công. Cuộc gặp gỡ là không thể"
                    + " tránh khỏi.",
                "UNIT Sư đoàn 2")));
  }

  @Test
  void blockersAndSlogansAndAirForcesAreNotEvents() {
    assertEquals(
        List.of("Attack oanh tạc Attacker=Mỹ Target=Hải Phòng"),
        events(
            Annotated.document(
                "Họ đánh giá cao khẩu hiệu “Bắc gặp Nam”. Không quân Mỹ oanh tạc Hải Phòng.",
                "LOCATION Mỹ",
                "LOCATION Hải Phòng")));
  }

  @Test
  void subjectCarriesOverAfterACommaAndFromAMainClause() {
    assertEquals(
        List.of(
            "Capture đánh chiếm Agent=Quân đoàn 4 Place=Hà Tiên Time=Ngày 9/3",
            "Move tiến về Mover=Quân đoàn 4 Destination=Rạch Giá Time=Ngày 9/3",
            "Move vượt sông Mover=Trung đoàn 66 Destination=Sê San",
            "Capture đánh chiếm Agent=Trung đoàn 66 Place=Plei Cần"),
        events(
            Annotated.document(
                "Ngày 9/3, Quân đoàn 4 đánh chiếm Hà Tiên, tiến về Rạch Giá. Sau khi vượt sông Sê"
                    + " San, Trung đoàn 66 đánh chiếm Plei Cần.",
                "DATE Ngày 9/3",
                "UNIT Quân đoàn 4",
                "LOCATION Hà Tiên",
                "LOCATION Rạch Giá",
                "LOCATION Sê San",
                "UNIT Trung đoàn 66",
                "LOCATION Plei Cần")));
  }

  @Test
  void relativeClauseAfterANameAndASubjectButNoTimeOrPlaceAfterRoi() {
    assertEquals(
        List.of(
            "Attack đánh bại Attacker=Lê Trọng Target=Sư đoàn 9 Place=Đồng Xoài" + " Time=năm 1965",
            "Death hy sinh Victim=Lê Trọng"),
        events(
            Annotated.document(
                "Họ nhắc đến Thiếu tướng Lê Trọng, người đánh bại Sư đoàn 9 tại Đồng Xoài năm"
                    + " 1965, rồi sau này hy sinh.",
                "RANK Thiếu tướng",
                "PERSON Lê Trọng",
                "UNIT Sư đoàn 9",
                "LOCATION Đồng Xoài",
                "DATE năm 1965")));
  }

  @Test
  void lightVerbTakesTheSubjectOfANounTrigger() {
    assertEquals(
        List.of("Attack tổng tiến công Attacker=Sư đoàn 304"),
        events(
            Annotated.document(
                "Sư đoàn 304 phát động cuộc tổng tiến công lúc rạng sáng.", "UNIT Sư đoàn 304")));
  }

  @Test
  void placesOfASentenceAreSharedButALocatorIsNoPlace() {
    assertEquals(
        List.of(
            "Attack chiến đấu Place=Đồi A2",
            "Attack vây hãm Place=Đồi A2",
            "Attack phản kích Place=Đồi A2"),
        events(
            Annotated.document(
                "Trong trận chiến đấu trên Đồi A2 ở phía đông Mường Phăng, bộ đội vây hãm, phản"
                    + " kích liên tục.",
                "LOCATION Đồi A2",
                "LOCATION Mường Phăng")));
  }

  @Test
  void argumentsComeOnlyFromTheTriggersSentence() {
    assertEquals(
        List.of("Attack tấn công"),
        events(
            Annotated.document(
                "Ngày 2/9/1945, Sư đoàn 3 đến. Hôm sau họ tấn công.",
                "DATE Ngày 2/9/1945",
                "UNIT Sư đoàn 3")));
  }
}
