package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.ResultTable;

/**
 * A run killed between the renames of its tables (issue #20, fault 6): the next run in the folder
 * completes them, so the tables are never left from two runs.
 */
class InterruptedPublishTest {
  @TempDir Path dir;

  private List<Path> files;
  private Path out;
  private Path uninterrupted;

  /** A finished run of two inputs, then a run of ten killed after renaming its first table. */
  @BeforeEach
  void killDuringTheRenames() throws IOException {
    files = BatchFixture.writeCorpus(dir.resolve("in"), 10, 21);
    uninterrupted = dir.resolve("uninterrupted");
    BatchFixture.extractor(uninterrupted, 2, false, new StringWriter()).run(files.iterator());
    out = dir.resolve("out");
    BatchFixture.extractor(out, 2, false, new StringWriter()).run(files.subList(0, 2).iterator());

    BatchFixture.extractor(out, 2, false, new StringWriter())
        .stopPublishingAfter(1)
        .run(files.iterator());

    assertArrayEquals(table(uninterrupted, ResultTable.ENTITIES), table(out, ResultTable.ENTITIES));
    String persons = ResultTable.PERSONS.fileName();
    assertNotEquals(
        -1L,
        Files.mismatch(uninterrupted.resolve(persons), out.resolve(persons)),
        "the other tables are still the first run's: the kill came between the renames");
  }

  @Test
  void resumeCompletesTheRenames() throws IOException {
    StringWriter err = new StringWriter();

    BatchSummary resumed = BatchFixture.extractor(out, 2, true, err).run(files.iterator());

    assertEquals(10, resumed.resumed());
    assertEquals(0, resumed.documents());
    assertEquals(
        "vnie: finished publishing the tables of the interrupted run in " + out + "\n",
        err.toString());
    assertTablesOfTheUninterruptedRunAndNothingElse();
  }

  @Test
  void aNewRunCompletesTheRenamesBeforeItStarts() throws IOException {
    StringWriter err = new StringWriter();

    BatchSummary again = BatchFixture.extractor(out, 2, false, err).run(files.iterator());

    assertEquals(10, again.documents());
    assertEquals(
        "vnie: finished publishing the tables of the interrupted run in " + out + "\n",
        err.toString());
    assertTablesOfTheUninterruptedRunAndNothingElse();
  }

  private void assertTablesOfTheUninterruptedRunAndNothingElse() throws IOException {
    for (ResultTable t : ResultTable.values()) {
      assertArrayEquals(table(uninterrupted, t), table(out, t), t.fileName());
    }
    BatchFixture.assertNoPartialFilesLeft(out);
  }

  private static byte[] table(Path folder, ResultTable table) throws IOException {
    return Files.readAllBytes(folder.resolve(table.fileName()));
  }
}
