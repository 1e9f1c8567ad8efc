package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopped vnie extract (Ctrl+C, kill) says that --resume continues it; and --resume does. */
class StopNoticeTest {
  @TempDir Path dir;

  @Test
  void aStoppedRunSaysThatResumeContinuesIt() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    for (int i = 0; i < 500; i++) {
      Files.writeString(
          corpus.resolve(String.format("doc%04d.txt", i)),
          "Trung úy Albert Kotzebue gặp quân Liên Xô gần thị trấn Strehla ngày 25/4/1945.\n");
    }
    Path out = dir.resolve("out");
    Path stderr = dir.resolve("stderr.txt");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "vnie.cli.Main",
            "extract",
            corpus.toString(),
            "--out",
            out.toString(),
            "--threads",
            "1",
            "--quiet");
    Process run = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    waitForFirstDocument(out.resolve(".vnie-journal"), run);

    run.destroy(); // SIGTERM, which runs the shutdown hooks as Ctrl+C's SIGINT does
    assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the run stops");

    String said = Files.readString(stderr, StandardCharsets.UTF_8);
    assertEquals("\n" + StopNotice.message(out) + "\n", said);
    CommandRun resumed =
        CommandRun.of("extract", corpus.toString(), "--out", out.toString(), "--resume");
    assertEquals(0, resumed.exit(), resumed.err());
    assertTrue(resumed.err().contains("done before resuming"), resumed.err());
  }

  private static void waitForFirstDocument(Path journal, Process run)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!Files.exists(journal) || Files.size(journal) == 0) {
      assertTrue(run.isAlive(), "the run ended before its first document");
      assertTrue(System.nanoTime() < deadline, "no document done in two minutes");
      Thread.sleep(50);
    }
  }
}
