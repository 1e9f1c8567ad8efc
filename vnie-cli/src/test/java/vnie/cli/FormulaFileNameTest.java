package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.EntityCsv;

/**
 * Issue #20, fault 8: a file named like a spreadsheet formula went verbatim into the {@code doc}
 * column, where a spreadsheet would run it.
 */
class FormulaFileNameTest {
  @TempDir Path dir;

  private static final String FORMULA = "=HYPERLINK(\"evil.example\")+1";

  @Test
  void aFileNamedLikeAFormulaIsQuotedInTheDocColumnAndReadBackAsItIs() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve(FORMULA + ".txt"), "Bình gặp An ở Huế.\n");
    Files.writeString(in.resolve("@b.txt"), "Trung úy Albert Kotzebue gặp quân Liên Xô.\n");
    Path out = dir.resolve("out");

    assertEquals(0, Main.run("extract", in.toString(), "--out", out.toString()));

    String table = Files.readString(out.resolve("entities.csv"), StandardCharsets.UTF_8);
    CSVFormat header = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    List<CSVRecord> rows = header.parse(new StringReader(table)).getRecords();
    assertEquals(
        List.of("'" + FORMULA, "'@b"),
        rows.stream().map(r -> r.get("doc")).distinct().toList(),
        "the doc cells as a spreadsheet gets them");
    // The raw bytes: the cell quoted for CSV, the ' inside; whatever entity the row holds.
    String firstCell = "\"'=HYPERLINK(\"\"evil.example\"\")+1\",";
    assertEquals(firstCell, table.split("\r\n")[1].substring(0, firstCell.length()));
    assertEquals(
        List.of(FORMULA, "@b"), List.copyOf(EntityCsv.read(out.resolve("entities.csv")).keySet()));
  }
}
