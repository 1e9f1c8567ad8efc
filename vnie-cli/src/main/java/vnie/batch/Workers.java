package vnie.batch;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** What the batch and the stream extractor share about their worker threads. */
final class Workers {
  private Workers() {}

  /**
   * The result of a worker's task, waiting for it. A worker catches every failure of its document,
   * so an exception here is a fault of vnie itself, not of an input: it ends the run.
   */
  static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("a worker failed: " + e.getCause(), e.getCause());
    }
  }
}
