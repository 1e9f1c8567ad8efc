package vnie.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: options, the summary and the exit codes. */
class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void captureStandardError() {
    originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStandardError() {
    System.setErr(originalErr);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void extractsTheCorpusIntoOneFilePerTableAndSaysWhatItDid() throws Exception {
    Path out = dir.resolve("out");

    int exit =
        Main.run(
            "extract",
            "--input",
            TestCorpus.ARTICLE.toString(),
            "--output",
            out.toString(),
            "--master",
            "local[2]",
            "--single-file");

    assertEquals(0, exit, err());
    assertTrue(
        err()
            .endsWith(
                "vnie-spark: 1 document, 71 mentions, 7 relations, 15 events, 0 files failed -> "
                    + out
                    + System.lineSeparator()),
        err());
    assertEquals(
        "file,reason\r\n", Files.readString(out.resolve("errors.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void failedFilesGiveExitCodeOne() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.write(in.resolve("empty.txt"), new byte[0]);

    int exit =
        Main.run(
            "extract",
            "--input",
            in.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--master",
            "local[1]",
            "--conf",
            "spark.default.parallelism=1");

    assertEquals(1, exit, err());
    assertTrue(err().contains("0 documents, 0 mentions, 0 relations, 0 events, 1 file failed"));
  }

  @Test
  void aRunThatCannotStartGivesExitCodeTwo() throws Exception {
    Path missing = dir.resolve("missing");

    int exit =
        Main.run(
            "extract",
            "--input",
            missing.toString(),
            "--output",
            dir.resolve("out").toString(),
            "--master",
            "local[1]");

    assertEquals(2, exit);
    assertTrue(err().contains("vnie-spark: input not found: " + missing), err());
  }

  @Test
  void inputAndOutputAreRequired() {
    assertEquals(2, Main.run("extract", "--input", "corpus"));
    assertTrue(err().contains("Missing required option: '--output=PATH'"), err());
  }
}
