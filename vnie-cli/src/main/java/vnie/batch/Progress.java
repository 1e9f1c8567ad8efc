package vnie.batch;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress on standard error: a line redrawn in place on a terminal, or a plain line every few
 * seconds otherwise (for logs); nothing when quiet.
 */
public final class Progress {
  private static final long PLAIN_EVERY_NANOS = 10_000_000_000L;
  private static final long TERMINAL_EVERY_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final boolean quiet;
  private final LongSupplier clock;
  private final long started;
  private long lastShown;
  private volatile long total = -1;

  /** Progress to {@code err}, redrawn in place when {@code terminal}. */
  public Progress(PrintWriter err, boolean terminal, boolean quiet, LongSupplier nanoClock) {
    this.err = err;
    this.terminal = terminal;
    this.quiet = quiet;
    this.clock = nanoClock;
    this.started = nanoClock.getAsLong();
    this.lastShown = started;
  }

  /** No progress at all. */
  public static Progress silent(PrintWriter err) {
    return new Progress(err, false, true, System::nanoTime);
  }

  /** The number of inputs, once counted, for the ETA. */
  public void total(long inputs) {
    this.total = inputs;
  }

  void update(BatchSummary s) {
    if (quiet) {
      return;
    }
    long now = clock.getAsLong();
    if (now - lastShown < (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    String line = line(s, now);
    if (terminal) {
      err.print("\r" + line + "\u001B[K");
    } else {
      err.println("vnie: " + line);
    }
    err.flush();
  }

  void finish(BatchSummary s) {
    if (!quiet && terminal) {
      err.print("\r" + line(s, clock.getAsLong()) + "\u001B[K\n");
      err.flush();
    }
  }

  private String line(BatchSummary s, long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    long done = s.documents() + s.failed();
    String bar = "";
    String eta = "";
    long all = total - s.resumed();
    if (all > 0) {
      int filled = (int) Math.min(20, 20 * done / all);
      bar = "[" + "=".repeat(filled) + " ".repeat(20 - filled) + "] ";
      double rate = done / seconds;
      eta = rate > 0 ? String.format(Locale.ROOT, ", ETA %ds", (long) ((all - done) / rate)) : "";
    }
    return String.format(
        Locale.ROOT,
        "%s%d%s documents, %d failed, %.0f words/s%s",
        bar,
        done,
        all > 0 ? "/" + all : "",
        s.failed(),
        s.words() / seconds,
        eta);
  }
}
