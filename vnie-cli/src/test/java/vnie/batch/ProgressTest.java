package vnie.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;

  private final StringWriter out = new StringWriter();
  private final AtomicLong now = new AtomicLong();

  private Progress progress(boolean terminal, boolean quiet) {
    return new Progress(new PrintWriter(out, true), terminal, quiet, now::get);
  }

  private static BatchSummary summary(long documents, long failed, long words) {
    return new BatchSummary(documents, failed, 0, words, 0, 0, 0);
  }

  @Test
  void plainLinesComeEveryTenSecondsWithABarAndEtaOnceTheTotalIsKnown() {
    Progress progress = progress(false, false);
    now.set(5 * SECOND);
    progress.update(summary(2, 0, 500));
    now.set(11 * SECOND);
    progress.update(summary(3, 1, 1100));
    progress.total(10);
    now.set(22 * SECOND);
    progress.update(summary(8, 2, 2200));

    assertEquals(
        "vnie: 4 documents, 1 failed, 100 words/s\n"
            + "vnie: [====================] 10/10 documents, 2 failed, 100 words/s, ETA 0s\n",
        out.toString());
  }

  @Test
  void aTerminalLineIsRedrawnInPlace() {
    Progress progress = progress(true, false);
    progress.total(4);
    now.set(SECOND);
    progress.update(summary(1, 0, 300));
    progress.finish(summary(4, 0, 1200));

    assertEquals(
        "\r[=====               ] 1/4 documents, 0 failed, 300 words/s, ETA 3s\u001B[K"
            + "\r[====================] 4/4 documents, 0 failed, 1200 words/s, ETA 0s\u001B[K\n",
        out.toString());
  }

  @Test
  void quietPrintsNothing() {
    Progress progress = progress(true, true);
    now.set(60 * SECOND);
    progress.update(summary(1, 0, 300));
    progress.finish(summary(1, 0, 300));

    assertEquals("", out.toString());
  }
}
