package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Argument;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Event;
import vnie.core.EventType;
import vnie.core.Mention;
import vnie.core.Person;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;

class BratRoundTripTest {
  static final String TEXT =
      "Trung úy Albert Kotzebue chỉ huy Sư đoàn 69, gặp Hồng quân ở Torgau ngày 25/4/1945"
          + " rồi tiến về Berlin.";

  static final String ANN =
      "T1\tRANK 0 8\tTrung úy\n"
          + "T2\tPERSON 9 24\tAlbert Kotzebue\n"
          + "T3\tUNIT 33 43\tSư đoàn 69\n"
          + "T4\tUNIT 49 58\tHồng quân\n"
          + "T5\tLOCATION 61 67\tTorgau\n"
          + "T6\tDATE 68 82\tngày 25/4/1945\n"
          + "#1\tValue T6\t1945-04-25\n"
          + "T7\tLOCATION 95 101\tBerlin\n"
          + "T8\tMeet 45 48\tgặp\n"
          + "T9\tMove 87 94\ttiến về\n"
          + "R1\tHasRank Arg1:T2 Arg2:T1\n"
          + "R2\tCommands Arg1:T2 Arg2:T3\n"
          + "E1\tMeet:T8 Participant:T3 Participant2:T4 Place:T5 Time:T6\n"
          + "E2\tMove:T9 Mover:T3 Destination:T7\n";

  @TempDir Path dir;

  private static Mention gold(EntityType type, int start, int end, String value) {
    return Mention.of(TEXT, type, start, end, value, Provenance.GOLD);
  }

  /** {@link #document} with its one person, Albert Kotzebue, as the result tables list it. */
  static Document documentWithPerson() {
    Document d = document();
    Mention kotzebue = d.mentions().get(1);
    return d.withPersons(List.of(new Person("P1", "Albert Kotzebue", List.of(kotzebue))));
  }

  /** The document {@link #ANN} describes, built by hand. */
  static Document document() {
    Mention rank = gold(EntityType.RANK, 0, 8, "");
    Mention person = gold(EntityType.PERSON, 9, 24, "");
    Mention division = gold(EntityType.UNIT, 33, 43, "");
    Mention redArmy = gold(EntityType.UNIT, 49, 58, "");
    Mention torgau = gold(EntityType.LOCATION, 61, 67, "");
    Mention date = gold(EntityType.DATE, 68, 82, "1945-04-25");
    Mention berlin = gold(EntityType.LOCATION, 95, 101, "");
    Event meet =
        new Event(
            EventType.Meet,
            45,
            48,
            "gặp",
            List.of(
                new Argument("Participant", division),
                new Argument("Participant", redArmy),
                new Argument("Place", torgau),
                new Argument("Time", date)),
            Provenance.GOLD);
    Event move =
        new Event(
            EventType.Move,
            87,
            94,
            "tiến về",
            List.of(new Argument("Mover", division), new Argument("Destination", berlin)),
            Provenance.GOLD);
    return Document.of("elbe", TEXT)
        .withMentions(List.of(rank, person, division, redArmy, torgau, date, berlin))
        .withRelations(
            List.of(
                new Relation(RelationType.HasRank, person, rank, Provenance.GOLD),
                new Relation(RelationType.Commands, person, division, Provenance.GOLD)))
        .withEvents(List.of(meet, move));
  }

  @Test
  void writerWritesEveryLineKind() {
    assertEquals(ANN, BratWriter.write(document()));
  }

  @Test
  void readerReadsWhatTheWriterWrote() {
    Document expected = document();
    Document read = new BratReader().read(Document.of("elbe", TEXT), ANN, "elbe.ann");
    assertEquals(expected, read);
    assertEquals(ANN, BratWriter.write(read));
  }

  @Test
  void writtenFileIsReadBackFromDisk() throws Exception {
    Path txt = dir.resolve("elbe.txt");
    Path ann = dir.resolve("elbe.ann");
    Files.writeString(txt, TEXT);
    BratWriter.write(document(), ann);
    assertEquals(document(), new BratReader().read(txt, ann));
    assertEquals(List.of(), BratValidator.check(txt, ann));
  }

  @Test
  void readerUsesTheGivenProvenance() {
    Provenance model = new Provenance("crf-model");
    Document read = new BratReader(model).read(Document.of("elbe", TEXT), ANN, "elbe.ann");
    assertEquals(model, read.mentions().get(0).provenance());
    assertEquals(model, read.relations().get(0).provenance());
    assertEquals(model, read.events().get(0).provenance());
  }

  @Test
  void readerAcceptsCrlfBomOtherNotesAndAnyLineOrder() {
    String ann =
        "\uFEFF#2\tAnnotatorNotes T1\tkiểm tra lại\r\n"
            + "E1\tMove:T9 Mover:T3 Mover2:T2\r\n"
            + "#1\tValue T6\t1945-04-25\r\n"
            + "\r\n"
            + "T9\tMove 87 94\ttiến về\r\n"
            + "T6\tDATE 68 82\tngày 25/4/1945\r\n"
            + "T2\tPERSON 9 24\tAlbert Kotzebue\r\n"
            + "T3\tUNIT 33 43\tSư đoàn 69\r\n"
            + "#3\tLemma T3\tsư đoàn\r\n";
    Document read = new BratReader().read(Document.of("elbe", TEXT), ann, "elbe.ann");
    Mention person = gold(EntityType.PERSON, 9, 24, "");
    Mention division = gold(EntityType.UNIT, 33, 43, "");
    assertEquals(
        List.of(person, division, gold(EntityType.DATE, 68, 82, "1945-04-25")), read.mentions());
    assertEquals(
        List.of(
            new Event(
                EventType.Move,
                87,
                94,
                "tiến về",
                List.of(new Argument("Mover", division), new Argument("Mover", person)),
                Provenance.GOLD)),
        read.events());
  }

  private static FileFormatException rejected(String ann) {
    return assertThrows(
        FileFormatException.class,
        () -> new BratReader().read(Document.of("elbe", TEXT), ann, "elbe.ann"));
  }

  @Test
  void offsetsAfterACharacterOutsideTheBmpCountCodePointsInBratAndUtf16UnitsInJava() {
    // 𨮁 is one character to brat (and Python) but two UTF-16 units to Java.
    String text = "Hoàng tử Do Tung (𨮁) chạy về Bắc Kinh.";
    String ann =
        "T1\tPERSON 9 16\tDo Tung\nT2\tLOCATION 29 37\tBắc Kinh\nT3\tMove 21 28\tchạy về\n"
            + "E1\tMove:T3 Mover:T1 Destination:T2\n";
    Document read = new BratReader().read(Document.of("minh", text), ann, "minh.ann");
    Mention beijing = read.mentions().get(1);
    assertEquals(30, beijing.start());
    assertEquals(38, beijing.end());
    assertEquals("Bắc Kinh", text.substring(beijing.start(), beijing.end()));
    assertEquals(22, read.events().get(0).start());
    assertEquals(ann, BratWriter.write(read));
    assertEquals(List.of(), BratValidator.check("minh.ann", text, ann));
    assertEquals(
        1,
        BratValidator.check("minh.ann", text, ann.replace("29 37", "30 38")).size(),
        "UTF-16 offsets are no brat offsets");
  }

  @Test
  void readerRejectsASpanWhoseOffsetsDoNotMatch() {
    FileFormatException e = rejected("T1\tRANK 0 8\tTrung úy\nT2\tPERSON 9 23\tAlbert Kotzebue\n");
    assertEquals(
        "elbe.ann:2: T2 offsets 9-23 give 'Albert Kotzebu', not 'Albert Kotzebue'", e.getMessage());
    assertEquals(2, e.line());
  }

  @Test
  void readerRejectsOffsetsOutsideTheText() {
    assertEquals(
        "T1 offsets 100-110 are outside the text of 102 characters",
        rejected("T1\tLOCATION 100 110\tBerlin.\n").reason());
  }

  @Test
  void readerRejectsUnknownLineKindsTypesAndIds() {
    assertEquals(
        "unknown line kind 'A1': the guidelines use only T, #, R and E lines",
        rejected("A1\tNegation E1\n").reason());
    assertEquals("T1 has unknown type CITY", rejected("T1\tCITY 61 67\tTorgau\n").reason());
    assertEquals(
        "R1 argument T9 is not an entity span",
        rejected("T2\tPERSON 9 24\tAlbert Kotzebue\nR1\tHasRank Arg1:T2 Arg2:T9\n").reason());
    assertEquals(
        "unknown relation Leads",
        rejected("T2\tPERSON 9 24\tAlbert Kotzebue\nR1\tLeads Arg1:T2 Arg2:T2\n").reason());
    assertEquals(
        "trigger T5 is not a Meet span",
        rejected("T5\tLOCATION 61 67\tTorgau\nE1\tMeet:T5\n").reason());
    assertEquals(
        "malformed line 'T1\tLOCATION 61;62 67\tTorgau': discontinuous spans are"
            + " not allowed by the guidelines",
        rejected("T1\tLOCATION 61;62 67\tTorgau\n").reason());
    assertEquals(
        "Value note on T8, which is not an entity",
        rejected("T8\tMeet 45 48\tgặp\n#1\tValue T8\t1945\n").reason());
  }

  @Test
  void writerNumbersRepeatedRolesAndSharesATriggerBetweenEvents() {
    Mention a = gold(EntityType.UNIT, 33, 43, "");
    Mention b = gold(EntityType.UNIT, 49, 58, "");
    Mention c = gold(EntityType.LOCATION, 61, 67, "");
    List<Argument> three =
        List.of(
            new Argument("Participant", a),
            new Argument("Participant", b),
            new Argument("Participant", c));
    Event first = new Event(EventType.Meet, 45, 48, "gặp", three, Provenance.GOLD);
    Event second = new Event(EventType.Meet, 45, 48, "gặp", List.of(), Provenance.GOLD);
    Document doc =
        Document.of("elbe", TEXT).withMentions(List.of(a, b, c)).withEvents(List.of(first, second));
    String ann = BratWriter.write(doc);
    assertEquals(
        "T1\tUNIT 33 43\tSư đoàn 69\n"
            + "T2\tUNIT 49 58\tHồng quân\n"
            + "T3\tLOCATION 61 67\tTorgau\n"
            + "T4\tMeet 45 48\tgặp\n"
            + "E1\tMeet:T4 Participant:T1 Participant2:T2 Participant3:T3\n"
            + "E2\tMeet:T4\n",
        ann);
    Document read = new BratReader().read(Document.of("elbe", TEXT), ann, "elbe.ann");
    assertEquals(doc.mentions(), read.mentions());
    assertEquals(doc.events(), read.events());
  }

  @Test
  void writerRefusesWhatBratCannotHold() {
    String text = "Hà Nội\nvà Huế";
    Mention acrossLines = Mention.of(text, EntityType.LOCATION, 3, 12, "", Provenance.GOLD);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BratWriter.write(Document.of("x", text).withMentions(List.of(acrossLines))));
    assertEquals(
        "span 'Nội\nvà Hu' of x holds a tab or line break; brat cannot hold it", e.getMessage());
    Mention outside = gold(EntityType.PERSON, 9, 24, "");
    Relation dangling = new Relation(RelationType.HasRank, outside, outside, Provenance.GOLD);
    Document doc = Document.of("elbe", TEXT).withRelations(List.of(dangling));
    assertEquals(
        "argument PERSON 'Albert Kotzebue' 9-24 is not among the document's mentions",
        assertThrows(IllegalArgumentException.class, () -> BratWriter.write(doc)).getMessage());
  }
}
