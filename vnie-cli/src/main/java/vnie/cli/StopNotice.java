package vnie.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Says on standard error, when the JVM is stopped (Ctrl+C, kill) before a batch finished, that
 * {@code --resume} continues it; the journal the batch keeps makes that possible. Removed again
 * when the batch ends, so that a finished run says nothing.
 */
final class StopNotice implements AutoCloseable {
  private final Thread hook;
  private volatile boolean finished;

  private StopNotice(PrintWriter err, Path out) {
    this.hook =
        new Thread(
            () -> {
              if (!finished) {
                err.println();
                err.println(message(out));
                err.flush();
              }
            },
            "vnie-stop-notice");
  }

  /** The sentence printed when a run writing to {@code out} is stopped. */
  static String message(Path out) {
    return "vnie: stopped before the end; "
        + out
        + " holds the documents done so far. Run the same command with --resume to continue"
        + " where it stopped.";
  }

  /** Registers the notice for a batch writing to {@code out}. */
  static StopNotice install(PrintWriter err, Path out) {
    StopNotice notice = new StopNotice(err, out);
    Runtime.getRuntime().addShutdownHook(notice.hook);
    return notice;
  }

  /** The batch ended: nothing to say. */
  void finished() {
    finished = true;
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down, and the hook is running or has run.
    }
  }
}
