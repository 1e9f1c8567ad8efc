package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.io.EntityCsv;

/** Issue #20, fault 11: a folder at a path over 4,096 bytes was skipped without a word. */
class LongPathTest {
  @TempDir Path dir;

  private static final String FOLDER = "thư-mục-".repeat(20); // 200 bytes of UTF-8

  /** JUnit cannot delete a path longer than the system takes; rm goes down folder by folder. */
  @AfterEach
  void removeTheDeepFolders() throws IOException, InterruptedException {
    new ProcessBuilder("rm", "-rf", dir.resolve("in").toString())
        .inheritIO()
        .start()
        .waitFor(60, TimeUnit.SECONDS);
  }

  @Test
  void aFolderWhosePathIsTooLongIsAnErrorRowAndTheOthersAreRead()
      throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Bình gặp An ở Huế.\n");
    // Java cannot make a path longer than the system takes; the shell makes it folder by folder.
    Process mkdirs =
        new ProcessBuilder(
                "bash",
                "-c",
                "cd \"$1\" && for i in $(seq 25); do mkdir \"$2\" && cd \"$2\" || exit 1; done"
                    + " && echo 'Bình gặp An.' > deep.txt",
                "mkdirs",
                in.toString(),
                FOLDER)
            .inheritIO()
            .start();
    assumeTrue(mkdirs.waitFor(60, TimeUnit.SECONDS) && mkdirs.exitValue() == 0, "needs bash");
    Path tooLong = in;
    while (tooLong.toString().getBytes(StandardCharsets.UTF_8).length < 4096) {
      tooLong = tooLong.resolve(FOLDER);
    }
    int bytes = tooLong.toString().getBytes(StandardCharsets.UTF_8).length;
    Path out = dir.resolve("out");

    int exit = Main.run("extract", in.toString(), "--out", out.toString());

    assertEquals(1, exit);
    assertEquals(
        List.of(
            List.of(
                tooLong.toString(),
                String.format(
                    Locale.ROOT,
                    "path too long: %,d bytes, the system takes at most 4,095; move the files to"
                        + " a shorter path",
                    bytes))),
        ErrorRows.read(out.resolve("errors.csv")));
    assertEquals(List.of("a"), List.copyOf(EntityCsv.read(out.resolve("entities.csv")).keySet()));
  }
}
