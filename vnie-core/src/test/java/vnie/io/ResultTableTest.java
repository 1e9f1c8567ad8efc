package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Document;

class ResultTableTest {
  @TempDir Path dir;

  /** The brat round-trip document with its one person. */
  private static Document document() {
    return BratRoundTripTest.documentWithPerson();
  }

  @Test
  void headAndRowsMakeTheTableThatIsWritten() throws Exception {
    Document doc = document();
    Document again =
        new Document(
            "again",
            doc.text(),
            doc.sentences(),
            doc.mentions(),
            doc.relations(),
            doc.events(),
            doc.persons(),
            doc.layers());
    ExtractionCsv.write(List.of(doc, again), dir);

    for (ResultTable table : ResultTable.FINDINGS) {
      String written =
          new String(Files.readAllBytes(dir.resolve(table.fileName())), StandardCharsets.UTF_8);
      assertEquals(written, table.head() + table.rows(doc) + table.rows(again), table.fileName());
    }
  }

  @Test
  void headIsHeaderAndCrlfWithTheMarkOnlyForExcel() {
    assertEquals("file,reason\r\n", ResultTable.ERRORS.head());
    assertEquals(
        "doc,person_id,name,ranks,units,mentions,first_offset\r\n", ResultTable.PERSONS.head());
    assertEquals("\uFEFFfile,reason\r\n", ResultTable.ERRORS.head(true));
    assertEquals("event_arguments", ResultTable.EVENT_ARGUMENTS.baseName());
    assertEquals("errors.csv", ResultTable.ERRORS.fileName());
  }

  @Test
  void aDocumentHasNoErrorRows() {
    assertEquals("", ResultTable.ERRORS.rows(document()));
  }

  @Test
  void errorRowQuotesWhereNeeded() {
    assertEquals(
        "\"s3a://b/a,b.txt\",\"not valid UTF-8: byte 0xE0 at byte offset 2 (line 1); is it"
            + " \"\"X\"\"\"\r\n",
        ResultTable.errorRow(
            "s3a://b/a,b.txt",
            "not valid UTF-8: byte 0xE0 at byte offset 2 (line 1); is it \"X\""));
    assertEquals(
        "a.txt,file is empty (0 bytes)\r\n",
        ResultTable.errorRow("a.txt", "file is empty (0 bytes)"));
  }
}
