package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Runs the benchmark on the hand-written sample; no timing is asserted, only what is reported. */
class BenchCommandTest {
  @Test
  void reportsScoresSpeedAndHeap() {
    CommandRun run =
        CommandRun.of(
            "bench", "--data", Treebanks.TINY.toString(), "--words", "500", "--threads", "2");
    assertEquals(0, run.exit());
    String report = run.out();
    assertTrue(report.startsWith("segmentation on test: P "), report);
    assertTrue(report.contains("tagging on test: accuracy with gold words "), report);
    assertTrue(report.contains("speed corpus: 504 words in 2 documents"), report);
    assertTrue(report.contains("segmentation+POS  2 threads: "), report);
    assertTrue(report.contains("heap: peak "), report);
  }
}
