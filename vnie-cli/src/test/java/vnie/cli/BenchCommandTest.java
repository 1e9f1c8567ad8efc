package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Runs the benchmark on the hand-written sample; no timing is asserted, only what is reported. */
class BenchCommandTest {
  @Test
  void reportsScoresSpeedAndHeap() {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(new PrintWriter(out));
    int exit =
        cli.execute(
            "bench", "--data", Treebanks.TINY.toString(), "--words", "500", "--threads", "2");
    assertEquals(0, exit);
    String report = out.toString();
    assertTrue(report.startsWith("segmentation on test: P "), report);
    assertTrue(report.contains("tagging on test: accuracy with gold words "), report);
    assertTrue(report.contains("speed corpus: 504 words in 2 documents"), report);
    assertTrue(report.contains("segmentation+POS  2 threads: "), report);
    assertTrue(report.contains("heap: peak "), report);
  }
}
