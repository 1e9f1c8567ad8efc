package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BratValidatorTest {
  // Trung úy 0-8, Albert 9-15, (Torgau 18-25, ngày 25/4/1945 28-42, gặp 43-46, J. 47-49,
  // J. Hill 47-54, tại 55-58, Elbe 59-63.
  private static final String TEXT =
      "Trung úy Albert ở (Torgau), ngày 25/4/1945 gặp J. Hill tại Elbe.";

  @TempDir Path dir;

  private static List<String> problems(String text, String ann) {
    return BratValidator.check("x.ann", text, ann).stream().map(BratProblem::toString).toList();
  }

  private static List<String> problems(String ann) {
    return problems(TEXT, ann);
  }

  @Test
  void acceptsValidFiles() {
    assertEquals(List.of(), problems(BratRoundTripTest.TEXT, BratRoundTripTest.ANN));
    assertEquals(List.of(), problems("T1\tPERSON 47 54\tJ. Hill\n"));
    assertEquals(List.of(), problems("T1\tRANK 47 49\tJ.\n"));
    assertEquals(List.of(), problems(""));
  }

  @Test
  void findsATriggerThatNoEventLineNames() {
    assertEquals(
        List.of(
            "x.ann:1: T1 Meet trigger without an event line (E… Meet:T1), so no event is read"
                + " from it"),
        problems("T1\tMeet 43 46\tgặp\n"));
    assertEquals(List.of(), problems("T1\tMeet 43 46\tgặp\nE1\tMeet:T1\n"));
  }

  @Test
  void findsTextNotInNfcAndCarriageReturns() {
    assertEquals(List.of("x.ann: text is not NFC"), problems("Vie\u0323\u0302t Nam", ""));
    assertEquals(
        List.of(
            "x.ann: the text has CR line ends, which check_brat.py reads as LF, so"
                + " its offsets differ: convert the text to LF"),
        problems("Hà Nội\r\nHuế", ""));
  }

  @Test
  void findsOffsetsThatDoNotMatch() {
    assertEquals(
        List.of("x.ann:1: T1 offsets 19-24 give 'Torga', not 'Torgau'"),
        problems("T1\tLOCATION 19 24\tTorgau\n"));
  }

  @Test
  void findsSpansStartingOrEndingWithSpaceOrPunctuation() {
    assertEquals(
        List.of("x.ann:1: T1 '(Torgau' starts or ends with space or punctuation"),
        problems("T1\tLOCATION 18 25\t(Torgau\n"));
    assertEquals(
        List.of("x.ann:1: T1 'Torgau)' starts or ends with space or punctuation"),
        problems("T1\tLOCATION 19 26\tTorgau)\n"));
    assertEquals(
        List.of("x.ann:1: T1 ' ngày' starts or ends with space or punctuation"),
        problems("T1\tLOCATION 27 32\t ngày\n"));
  }

  @Test
  void findsUnknownTypesAndDuplicateIds() {
    assertEquals(List.of("x.ann:1: T1 unknown type CITY"), problems("T1\tCITY 19 25\tTorgau\n"));
    assertEquals(
        List.of("x.ann:2: id T1 is used twice"),
        problems("T1\tLOCATION 19 25\tTorgau\nT1\tLOCATION 59 63\tElbe\n"));
  }

  @Test
  void findsOverlappingEntitySpans() {
    assertEquals(
        List.of("x.ann:1: T2 and T1 overlap"),
        problems("T1\tPERSON 9 15\tAlbert\nT2\tPERSON 0 15\tTrung úy Albert\n"));
    // A trigger may overlap an entity.
    assertEquals(
        List.of(), problems("T1\tPERSON 47 54\tJ. Hill\nT2\tMeet 47 49\tJ.\nE1\tMeet:T2\n"));
  }

  @Test
  void findsDatesWithoutOrWithBadValues() {
    String date = "T1\tDATE 28 42\tngày 25/4/1945\n";
    assertEquals(List.of("x.ann:1: T1 DATE without a Value note"), problems(date));
    assertEquals(
        List.of("x.ann:2: #1 bad date value '1945-4-25'"),
        problems(date + "#1\tValue T1\t1945-4-25\n"));
    for (String good : List.of("1945", "1945-04", "1945-SP", "XXXX-04-25", "196", "19")) {
      assertEquals(List.of(), problems(date + "#1\tValue T1\t" + good + "\n"), good);
    }
    // check_brat.py reads every note as a date value, so a free-text note fails there too.
    assertEquals(
        List.of("x.ann:3: #2 bad date value 'kiểm tra' (AnnotatorNotes note)"),
        problems(date + "#1\tValue T1\t1945-04-25\n#2\tAnnotatorNotes T1\tkiểm tra\n"));
  }

  @Test
  void findsRelationsWithWrongArgumentTypes() {
    String spans = "T1\tLOCATION 19 25\tTorgau\nT2\tRANK 0 8\tTrung úy\n";
    assertEquals(
        List.of(
            "x.ann:3: R1 HasRank needs (PERSON, RANK), has (LOCATION, RANK)",
            "x.ann:4: R2 unknown relation Leads",
            "x.ann:5: R3 Commands needs (PERSON, UNIT), has (undefined T7, RANK)"),
        problems(
            spans
                + "R1\tHasRank Arg1:T1 Arg2:T2\nR2\tLeads Arg1:T1 Arg2:T2\n"
                + "R3\tCommands Arg1:T7 Arg2:T2\n"));
  }

  @Test
  void findsEventRolesAndArgumentTypesTheGuidelinesForbid() {
    String spans =
        "T1\tPERSON 9 15\tAlbert\nT2\tLOCATION 59 63\tElbe\nT3\tDATE 28 42\tngày 25/4/1945\n"
            + "#1\tValue T3\t1945-04-25\nT4\tMeet 43 46\tgặp\nT5\tMove 55 58\ttại\n";
    assertEquals(
        List.of(
            "x.ann:7: E1 role Mover not allowed for Meet",
            "x.ann:7: E1 Place must point to LOCATION, not DATE",
            "x.ann:7: E1 Time must point to DATE, not LOCATION",
            "x.ann:8: E2 Destination must point to LOCATION, not DATE",
            "x.ann:9: E3 trigger T4 is not a Attack span",
            "x.ann:10: E4 argument T5 is not an entity"),
        problems(
            spans
                + "E1\tMeet:T4 Participant:T1 Participant2:T2 Mover:T1 Place:T3 Time:T2\n"
                + "E2\tMove:T5 Mover:T1 Destination:T3\n"
                + "E3\tAttack:T4\n"
                + "E4\tMeet:T4 Participant:T5\n"));
  }

  @Test
  void findsUnknownAndMalformedLines() {
    assertEquals(
        List.of(
            "x.ann:1: unknown line kind 'A1': the guidelines use only T, #, R and E lines",
            "x.ann:2: no tab after the id: 'T1 LOCATION 19 25 Torgau'",
            "x.ann:3: malformed line 'T2\tLOCATION 19 x\tTorgau': 'x' is not an offset"),
        problems("A1\tNegation E1\nT1 LOCATION 19 25 Torgau\nT2\tLOCATION 19 x\tTorgau\n"));
  }

  @Test
  void findsABomInTheTextFile() throws Exception {
    Path txt = dir.resolve("x.txt");
    Path ann = dir.resolve("x.ann");
    Files.write(txt, ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8));
    Files.writeString(ann, "T1\tLOCATION 19 25\tTorgau\n");
    assertEquals(
        List.of(
            "x.ann: the text starts with a byte-order mark, which check_brat.py"
                + " counts as a character: remove it"),
        BratValidator.check(txt, ann).stream().map(BratProblem::toString).toList());
  }
}
