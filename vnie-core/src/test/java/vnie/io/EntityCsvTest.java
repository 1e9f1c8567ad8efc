package vnie.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.core.Sentence;
import vnie.core.Token;
import vnie.core.TokenKind;

class EntityCsvTest {
  private static final String TEXT_B = "Ông \"Bác\" Hồ, Hà Nội\nvà Sài Gòn, ngày 2/9/1945.";

  @TempDir Path dir;

  private static Mention mention(
      String text, EntityType type, int start, int end, String value, String source) {
    return Mention.of(text, type, start, end, value, new Provenance(source));
  }

  private static Sentence sentence(int index, int start, int end) {
    return new Sentence(
        index, start, end, List.of(new Token("x", start, start + 1, TokenKind.WORD)), List.of());
  }

  private static final List<Mention> MENTIONS_B =
      List.of(
          mention(TEXT_B, EntityType.DATE, 33, 46, "1945-09-02", "date-rule"),
          mention(TEXT_B, EntityType.PERSON, 4, 12, "", "rule-a"),
          mention(TEXT_B, EntityType.LOCATION, 14, 31, "", "rule-a"),
          mention(TEXT_B, EntityType.LOCATION, 10, 20, "", "lexicon,loc"));

  private static List<Document> documents() {
    Document b =
        Document.of("b", TEXT_B)
            .withSentences(List.of(sentence(0, 0, 21), sentence(1, 21, 47)))
            .withMentions(MENTIONS_B);
    Document a =
        Document.of("a", "Torgau")
            .withMentions(List.of(mention("Torgau", EntityType.LOCATION, 0, 6, "", "gold")));
    return List.of(b, a);
  }

  /** Documents in the order given (b, a), each document's mentions in text order. */
  private static final String EXPECTED_CSV =
      "doc,sentence,start,end,type,text,value,source,person_id\r\n"
          + "b,0,4,12,PERSON,\"\"\"Bác\"\" Hồ\",,rule-a,\r\n"
          + "b,0,10,20,LOCATION,\"Hồ, Hà Nội\",,\"lexicon,loc\",\r\n"
          + "b,0,14,31,LOCATION,\"Hà Nội\nvà Sài Gòn\",,rule-a,\r\n"
          + "b,1,33,46,DATE,ngày 2/9/1945,1945-09-02,date-rule,\r\n"
          + "a,-1,0,6,LOCATION,Torgau,,gold,\r\n";

  @Test
  void writesBomHeaderCrlfAndRowsInOrder() throws Exception {
    StringWriter out = new StringWriter();
    ResultTable.ENTITIES.write(documents(), out);
    assertEquals(EXPECTED_CSV, out.toString());
  }

  @Test
  void roundTripIsExactThroughAFile() throws Exception {
    Path file = dir.resolve("entities.csv");
    ResultTable.ENTITIES.write(documents(), file);
    byte[] bytes = Files.readAllBytes(file);
    assertEquals(EXPECTED_CSV, new String(bytes, StandardCharsets.UTF_8));
    assertEquals((byte) 'd', bytes[0], "no byte-order mark: the first byte is the header's");

    Map<String, List<Mention>> read = EntityCsv.read(file);
    assertEquals(List.of("b", "a"), List.copyOf(read.keySet()));
    assertEquals(documents().get(1).mentions(), read.get("a"));
    assertEquals(
        List.of(MENTIONS_B.get(1), MENTIONS_B.get(3), MENTIONS_B.get(2), MENTIONS_B.get(0)),
        read.get("b"));
  }

  @Test
  void readsColumnsByNameAndIgnoresExtraColumns() throws Exception {
    String csv =
        "\uFEFFsource,doc,start,end,type,text,value,ghi chú,sentence\r\n"
            + "rule,x,0,6,LOCATION,Torgau,,kiểm tra,0\r\n";
    Map<String, List<Mention>> read = EntityCsv.read(new StringReader(csv), "edited.csv");
    assertEquals(
        Map.of(
            "x",
            List.of(new Mention(EntityType.LOCATION, 0, 6, "Torgau", "", new Provenance("rule")))),
        read);
  }

  @Test
  void readsSemicolonsAsExcelSavesThemUnderAVietnameseLocale() throws Exception {
    String csv = "doc;start;end;type;text;value;source\r\nx;0;7;LOCATION;\"Tor;gau\";;gold\r\n";
    Map<String, List<Mention>> read = EntityCsv.read(new StringReader(csv), "excel.csv");
    assertEquals(
        List.of(new Mention(EntityType.LOCATION, 0, 7, "Tor;gau", "", Provenance.GOLD)),
        read.get("x"));
  }

  @Test
  void namesTheRowOfABadValue() {
    String csv =
        "doc,start,end,type,text,value,source\r\n"
            + "x,0,6,LOCATION,Torgau,,gold\r\n"
            + "x,7,sáu,LOCATION,Elbe,,gold\r\n";
    FileFormatException e = refused(csv, "bad.csv");
    assertEquals("bad.csv", e.file());
    assertEquals(3, e.line());
    assertEquals("bad.csv:3: bad row: For input string: \"sáu\"", e.getMessage());
  }

  @Test
  void rejectsTextThatDoesNotFitItsOffsets() {
    String csv = "doc,start,end,type,text,value,source\r\nx,0,5,LOCATION,Torgau,,gold\r\n";
    FileFormatException e = refused(csv, "bad.csv");
    assertEquals(2, e.line());
    assertEquals("bad row: mention text 'Torgau' does not fit offsets 0-5", e.reason());
  }

  @Test
  void rejectsMissingColumns() {
    String csv = "doc,start,end,type,text,value\r\nx,0,6,LOCATION,Torgau,\r\n";
    FileFormatException e = refused(csv, "short.csv");
    assertEquals(
        "missing columns [source]; the header must name "
            + "[doc, start, end, type, text, value, source]",
        e.reason());
  }

  /** The error reading {@code csv} as the file {@code name} throws. */
  private static FileFormatException refused(String csv, String name) {
    return assertThrows(
        FileFormatException.class, () -> EntityCsv.read(new StringReader(csv), name));
  }
}
