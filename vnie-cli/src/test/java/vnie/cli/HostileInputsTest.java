package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Mention;
import vnie.io.EntityCsv;

/**
 * Inputs that once hung or flooded a batch (issue #20, faults 2 and 3): a named pipe and a device
 * are refused without being opened, and a symbolic link loop is walked once and reported.
 */
class HostileInputsTest {
  @TempDir Path dir;

  @Test
  // Before the fix the named pipe blocked the batch for good: fail instead of hanging the build.
  @Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void specialFilesAreRefusedUnreadAndSymbolicLinkLoopsAreWalkedOnce()
      throws IOException, InterruptedException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), "Trung úy Albert Kotzebue gặp quân Liên Xô.\n");
    Path fifo = in.resolve("fifo.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "needs mkfifo");
    Path loop = Files.createDirectories(in.resolve("loop"));
    Files.writeString(loop.resolve("c.txt"), "Bình gặp An ở Huế.\n");
    Files.createSymbolicLink(loop.resolve("self"), Path.of("../loop"));
    Files.createSymbolicLink(loop.resolve("up"), Path.of(".."));
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "needs /dev/zero");
    Path out = dir.resolve("out");

    CommandRun run =
        CommandRun.of("extract", in.toString(), zero.toString(), "--out", out.toString());

    assertEquals(1, run.exit());
    assertTrue(
        run.errLines().contains("vnie: skipped " + fifo + ": not a regular file but a named pipe"),
        run.err());
    String readOnce = ", whose files are read once";
    assertEquals(
        List.of(
            List.of(
                fifo.toString(),
                "not a regular file but a named pipe (FIFO); only regular files are read"),
            List.of(
                loop.resolve("self").toString(),
                "symbolic link loop: leads back to " + loop + readOnce),
            List.of(
                loop.resolve("up").toString(),
                "symbolic link loop: leads back to " + in + readOnce),
            List.of(
                zero.toString(),
                "not a regular file but a character device; only regular files are read")),
        ErrorRows.read(out.resolve("errors.csv")));
    Map<String, List<Mention>> entities = EntityCsv.read(out.resolve("entities.csv"));
    assertEquals(List.of("a", "loop/c"), List.copyOf(entities.keySet()));
  }
}
