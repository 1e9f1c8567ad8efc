package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs into one output folder: the second is refused and told who writes there (#20, 5). */
class OutputLockTest {
  @TempDir Path dir;

  @Test
  void aSecondRunIntoTheFolderIsRefusedWithTheProcessThatHoldsItAndWritesNothing()
      throws Exception {
    List<Path> files = BatchFixture.writeCorpus(dir.resolve("in"), 6, 3);
    Path out = dir.resolve("out");
    BatchFixture.extractor(out, 2, false, new StringWriter()).run(files.subList(0, 2).iterator());
    byte[] entities = Files.readAllBytes(out.resolve("entities.csv"));
    List<String> before = names(out);

    Process holder = holdLock(out);
    try {
      IOException refused =
          assertThrows(
              IOException.class,
              () ->
                  BatchFixture.extractor(out, 2, false, new StringWriter()).run(files.iterator()));

      String message = refused.getMessage();
      assertTrue(
          message.startsWith(
              "cannot write to " + out + ": another vnie run (process " + holder.pid() + " since "),
          message);
      assertTrue(
          message.endsWith(") is writing there; wait for it to end or choose another --out"),
          message);
      assertArrayEquals(entities, Files.readAllBytes(out.resolve("entities.csv")));
      assertEquals(before, names(out));
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    }

    BatchSummary after =
        BatchFixture.extractor(out, 2, false, new StringWriter()).run(files.iterator());
    assertEquals(6, after.documents(), "once the holder ended, the folder is free");
  }

  @Test
  void aBatchOfThisProcessHoldingTheFolderIsNamedToo() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    OutputLock lock = OutputLock.acquire(out);
    try {
      IOException refused =
          assertThrows(
              IOException.class,
              () ->
                  BatchFixture.extractor(out, 1, false, new StringWriter())
                      .run(List.<Path>of().iterator()));
      assertTrue(
          refused.getMessage().contains("(process " + ProcessHandle.current().pid() + " since "),
          refused.getMessage());
    } finally {
      lock.close();
    }
  }

  /** Another JVM that locks {@code out} and holds it until its standard input is closed. */
  private static Process holdLock(Path out) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                HoldOutputLock.class.getName(),
                out.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    BufferedReader said =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("locked", said.readLine());
    return process;
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).toList());
      names.sort(null);
      return names;
    }
  }
}
