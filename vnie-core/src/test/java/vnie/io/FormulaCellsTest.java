package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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

/** Issue #20, fault 8: no text cell of a table starts like a spreadsheet formula. */
class FormulaCellsTest {
  @TempDir Path dir;

  /** A document name as a hostile file name gives it, with texts that start like formulas. */
  private static final String DOC = "=HYPERLINK(\"http://x.example\",\"x\")+1";

  private static final String TEXT = "-Đại tướng +Giáp gặp @Ba ở =Huế";

  private static Mention mention(EntityType type, String text, String value) {
    int start = TEXT.indexOf(text);
    return new Mention(type, start, start + text.length(), text, value, new Provenance("@rule"));
  }

  private static Document document() {
    Mention rank = mention(EntityType.RANK, "-Đại tướng", "");
    Mention giap = mention(EntityType.PERSON, "+Giáp", "");
    Mention ba = mention(EntityType.PERSON, "@Ba", "");
    Mention hue = mention(EntityType.LOCATION, "=Huế", "-0500");
    int trigger = TEXT.indexOf("gặp");
    Event meet =
        new Event(
            EventType.Meet,
            trigger,
            trigger + 3,
            "gặp",
            List.of(
                new Argument("Participant", giap),
                new Argument("Participant", ba),
                new Argument("Place", hue)),
            new Provenance("+trigger"));
    return Document.of(DOC, TEXT)
        .withMentions(List.of(rank, giap, ba, hue))
        .withRelations(
            List.of(new Relation(RelationType.HasRank, giap, rank, new Provenance("-pattern"))))
        .withEvents(List.of(meet))
        .withPersons(List.of(new Person("P1", "+Giáp", List.of(giap))));
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void textCellsThatStartLikeAFormulaGetAQuoteAndNumbersStayAsTheyAre() throws Exception {
    ExtractionCsv.write(List.of(document()), dir);

    String doc = "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"x\"\")+1\"";
    assertEquals(
        "doc,sentence,start,end,type,text,value,source,person_id\r\n"
            + doc
            + ",-1,0,10,RANK,'-Đại tướng,,'@rule,\r\n"
            + doc
            + ",-1,11,16,PERSON,'+Giáp,,'@rule,P1\r\n"
            + doc
            + ",-1,21,24,PERSON,'@Ba,,'@rule,\r\n"
            + doc
            + ",-1,27,31,LOCATION,'=Huế,'-0500,'@rule,\r\n",
        read(dir.resolve("entities.csv")));
    assertEquals(
        "doc,sentence,id,type,arg1,arg1_start,arg1_end,arg2,arg2_start,arg2_end,source\r\n"
            + doc
            + ",-1,R1,HasRank,'+Giáp,11,16,'-Đại tướng,0,10,'-pattern\r\n",
        read(dir.resolve("relations.csv")));
    assertEquals(
        doc + ",-1,E1,Meet,gặp,17,20,'+Giáp; @Ba,,,,,,,'=Huế,,'+trigger\r\n",
        read(dir.resolve("events.csv")).split("\r\n", 2)[1]);
    assertEquals(
        doc + ",E1,Meet,Participant,PERSON,'@Ba,21,24",
        read(dir.resolve("event_arguments.csv")).split("\r\n")[2]);
    assertEquals(
        doc + ",P1,'+Giáp,'-Đại tướng,,1,11", read(dir.resolve("persons.csv")).split("\r\n")[1]);
  }

  @Test
  void noCellOfAnyTableStartsWithAFormulaCharacter() throws Exception {
    ExtractionCsv.write(List.of(document()), dir);

    for (ResultTable table : ResultTable.FINDINGS) {
      List<CSVRecord> records =
          CSVFormat.RFC4180
              .parse(new StringReader(read(dir.resolve(table.fileName()))))
              .getRecords();
      for (CSVRecord record : records) {
        for (String cell : record) {
          assertFalse(
              !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.equals("-1"),
              table.fileName() + ": " + cell);
        }
      }
    }
  }

  @Test
  void vnieReadsItsTablesBackToTheTextsBeforeTheQuote() throws Exception {
    Document d = document();
    ExtractionCsv.write(List.of(d), dir);

    ExtractionCsv read = ExtractionCsv.read(dir);

    assertEquals(Map.of(DOC, d.mentions()), read.mentions());
    assertEquals(Map.of(DOC, d.relations()), read.relations());
    assertEquals(Map.of(DOC, d.events()), read.events());
    assertEquals(Map.of(DOC, d.persons()), read.persons());
  }

  @Test
  void theErrorsTableNeutralisesTheFileAndTheReason() {
    assertEquals(
        "'-rf.txt,'@reason\r\n'\tname.txt,empty file\r\n",
        ResultTable.errorRow("-rf.txt", "@reason")
            + ResultTable.errorRow("\tname.txt", "empty file"));
  }

  @Test
  void theQuoteIsReversibleAlsoForTextsThatStartWithQuotes() {
    for (String text : List.of("=1+1", "'=1+1", "''@x", "'abc", "abc", "", "'", "\r\n")) {
      assertEquals(text, SpreadsheetCsv.restore(SpreadsheetCsv.neutralise(text)), text);
    }
    assertEquals("''=1+1", SpreadsheetCsv.neutralise("'=1+1"));
    assertEquals("'abc", SpreadsheetCsv.neutralise("'abc"));
    assertEquals("=1+1", SpreadsheetCsv.restore("=1+1")); // a table someone else wrote
  }
}
