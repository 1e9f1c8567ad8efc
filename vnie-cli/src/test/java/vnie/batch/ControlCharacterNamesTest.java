package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.ResultTable;

/** Issue #20, fault 10: a tab, CR or LF in a file name once broke the journal of --resume. */
class ControlCharacterNamesTest {
  @TempDir Path dir;

  private List<Path> files() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> files = new ArrayList<>();
    String[] names = {"a\tb.txt", "c\nd.txt", "e\rf.txt", "g\\nh.txt", "plain.txt"};
    for (int i = 0; i < names.length; i++) {
      Path file = in.resolve(names[i]);
      Files.writeString(file, BatchFixture.SENTENCES.get(i) + "\n");
      files.add(file);
    }
    return files;
  }

  @Test
  void namesWithTabsCrsAndLfsResumeToTheTablesOfAnUninterruptedRun() throws IOException {
    List<Path> files = files();
    BatchFixture.extractor(dir.resolve("full"), 2, false, new StringWriter()).run(files.iterator());
    Path out = dir.resolve("killed");
    BatchFixture.extractor(out, 2, false, new StringWriter()).stopAfter(4).run(files.iterator());

    BatchSummary resumed =
        BatchFixture.extractor(out, 2, true, new StringWriter()).run(files.iterator());

    assertEquals(4, resumed.resumed());
    assertEquals(1, resumed.documents());
    for (ResultTable table : ResultTable.values()) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("full").resolve(table.fileName())),
          Files.readAllBytes(out.resolve(table.fileName())),
          table.fileName());
    }
  }

  @Test
  void theJournalKeepsEachNameOnOneLineAndGivesItBackAsItWas() throws IOException {
    String name = "a\tb\nc\rd\\t";
    String line =
        new Journal.Entry(3, "in/" + name + ".txt", name, new long[ResultTable.values().length])
            .format();

    assertEquals("3\tin/a\\tb\\nc\\rd\\\\t.txt\ta\\tb\\nc\\rd\\\\t\t0,0,0,0,0,0\n", line);
    Journal.Entry back = Journal.Entry.parse(line.substring(0, line.length() - 1));
    assertEquals("in/" + name + ".txt", back.file());
    assertEquals(name, back.documentId());
  }
}
