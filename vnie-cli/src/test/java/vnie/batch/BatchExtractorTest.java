package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchExtractorTest {
  private static final List<String> TABLES =
      List.of(
          "entities.csv",
          "relations.csv",
          "events.csv",
          "event_arguments.csv",
          "persons.csv",
          "errors.csv");

  @TempDir Path dir;

  @Test
  void tablesAreTheSameByteForByteWithOneAndFourThreads() throws IOException {
    List<Path> files = BatchFixture.writeCorpus(dir.resolve("in"), 40, 7);

    BatchSummary one =
        BatchFixture.extractor(dir.resolve("one"), 1, false, new StringWriter())
            .run(files.iterator());
    BatchSummary four =
        BatchFixture.extractor(dir.resolve("four"), 4, false, new StringWriter())
            .run(files.iterator());

    assertEquals(one, four);
    assertEquals(40, one.documents());
    assertTrue(one.mentions() > 40, "the sentences have entities: " + one);
    for (String table : TABLES) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("one").resolve(table)),
          Files.readAllBytes(dir.resolve("four").resolve(table)),
          table);
    }
  }

  @Test
  void rowsComeInInputOrder() throws IOException {
    List<Path> files = BatchFixture.writeCorpus(dir.resolve("in"), 12, 3);
    List<Path> reversed = new ArrayList<>(files);
    java.util.Collections.reverse(reversed);

    BatchFixture.extractor(dir.resolve("out"), 4, false, new StringWriter())
        .run(reversed.iterator());

    List<String> docs = new ArrayList<>();
    for (var r : BatchFixture.records(dir.resolve("out/entities.csv"))) {
      if (docs.isEmpty() || !docs.get(docs.size() - 1).equals(r.get("doc"))) {
        docs.add(r.get("doc"));
      }
    }
    List<String> expected =
        reversed.stream().map(p -> p.getFileName().toString().replace(".txt", "")).toList();
    assertEquals(expected, docs);
  }

  @Test
  void aResumedRunGivesTheTablesOfAnUninterruptedOne() throws IOException {
    List<Path> files = BatchFixture.writeCorpus(dir.resolve("in"), 30, 11);
    BatchFixture.extractor(dir.resolve("full"), 2, false, new StringWriter()).run(files.iterator());
    Path out = dir.resolve("killed");

    BatchFixture.extractor(out, 3, false, new StringWriter()).stopAfter(13).run(files.iterator());
    // The kill came while the next document was being written: half a row and half a line.
    Files.writeString(
        out.resolve(".entities.csv.partial"), "doc013,0,0,8,RA", StandardOpenOption.APPEND);
    Files.writeString(out.resolve(Journal.FILE_NAME), "13\tdoc0", StandardOpenOption.APPEND);
    BatchSummary resumed =
        BatchFixture.extractor(out, 3, true, new StringWriter()).run(files.iterator());

    assertEquals(13, resumed.resumed());
    assertEquals(17, resumed.documents());
    for (String table : TABLES) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("full").resolve(table)),
          Files.readAllBytes(out.resolve(table)),
          table);
    }
    BatchFixture.assertNoPartialFilesLeft(out);
  }

  @Test
  void resumingWithOtherInputsIsRefused() throws IOException {
    List<Path> files = BatchFixture.writeCorpus(dir.resolve("in"), 10, 5);
    Path out = dir.resolve("out");
    BatchFixture.extractor(out, 2, false, new StringWriter()).stopAfter(4).run(files.iterator());
    List<Path> other = new ArrayList<>(files);
    other.remove(2);

    IOException e =
        assertThrows(
            IOException.class,
            () -> BatchFixture.extractor(out, 2, true, new StringWriter()).run(other.iterator()));

    assertEquals(
        "cannot resume: input 3 is "
            + files.get(3)
            + " but the interrupted run had "
            + files.get(2)
            + "; give the same inputs in the same order, or start again without --resume",
        e.getMessage());
  }

  @Test
  void aKilledRunLeavesTheOldTablesAndOnlyWholeDocumentFiles() throws IOException {
    List<Path> files = BatchFixture.writeCorpus(dir.resolve("in"), 10, 9);
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("entities.csv"), "old table\n");

    BatchFixture.extractor(out, 2, false, new StringWriter()).stopAfter(5).run(files.iterator());

    assertEquals("old table\n", Files.readString(out.resolve("entities.csv")));
    assertFalse(Files.exists(out.resolve("relations.csv")));
    try (Stream<Path> written = Files.list(out)) {
      List<String> names =
          written
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".ann"))
              .sorted()
              .toList();
      assertEquals(
          List.of("doc000.ann", "doc001.ann", "doc002.ann", "doc003.ann", "doc004.ann"), names);
    }
    String journal = Files.readString(out.resolve(Journal.FILE_NAME), StandardCharsets.UTF_8);
    assertEquals(5, journal.lines().count());
  }
}
