package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On randomly generated documents in NFD or NFC, with or without a BOM, with LF or CRLF line ends,
 * every offset in every table points at the text it names in the text as read.
 */
class OffsetPropertyTest {
  private static final int DOCUMENTS = 60;

  @TempDir Path dir;

  @Test
  void everyOffsetOfEveryTableSelectsItsTextInTheTextAsRead() throws IOException {
    Random random = new Random(20261125);
    Path in = Files.createDirectories(dir.resolve("in"));
    Map<String, String> asRead = new HashMap<>();
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0, n = 1 + random.nextInt(5); s < n; s++) {
        text.append(BatchFixture.SENTENCES.get(random.nextInt(BatchFixture.SENTENCES.size())));
        text.append(random.nextBoolean() ? "\n" : " ");
      }
      String body = text.toString();
      if (random.nextBoolean()) {
        body = Normalizer.normalize(body, Normalizer.Form.NFD);
      }
      if (random.nextBoolean()) {
        body = body.replace("\n", "\r\n");
      }
      boolean bom = random.nextBoolean();
      String id = "d" + i;
      Path file = in.resolve(id + ".txt");
      Files.writeString(file, (bom ? "\uFEFF" : "") + body, StandardCharsets.UTF_8);
      asRead.put(id, body);
      files.add(file);
    }

    BatchFixture.extractor(dir.resolve("out"), 2, false, new StringWriter()).run(files.iterator());

    int checked = 0;
    checked += check(asRead, "entities.csv", "text", "start", "end");
    checked += check(asRead, "relations.csv", "arg1", "arg1_start", "arg1_end");
    checked += check(asRead, "relations.csv", "arg2", "arg2_start", "arg2_end");
    checked += check(asRead, "events.csv", "trigger", "start", "end");
    checked += check(asRead, "event_arguments.csv", "text", "start", "end");
    assertTrue(checked > 5 * DOCUMENTS, "offsets checked: " + checked);
  }

  private int check(Map<String, String> asRead, String table, String text, String start, String end)
      throws IOException {
    List<CSVRecord> records = BatchFixture.records(dir.resolve("out").resolve(table));
    assertTrue(!records.isEmpty(), table + " has rows");
    for (CSVRecord r : records) {
      String doc = asRead.get(r.get("doc"));
      String selected = doc.substring(Integer.parseInt(r.get(start)), Integer.parseInt(r.get(end)));
      assertEquals(r.get(text), selected, table + " " + r);
    }
    return records.size();
  }
}
