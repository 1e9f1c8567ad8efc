package vnie.classify;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Builds something a stage can do without for a while, such as a {@link TemplatePerceptron} index
 * of a model, on a daemon thread of its own. Indexing the shipped models takes about half a second,
 * which would otherwise delay a batch's first result; until the index is there, the stage gives the
 * same answers through OpenNLP's own evaluation.
 */
public final class InBackground {
  private InBackground() {}

  /** Starts {@code build} on a new daemon thread named {@code name}; its result or exception. */
  public static <T> CompletableFuture<T> build(String name, Supplier<T> build) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread builder =
        new Thread(
            () -> {
              try {
                result.complete(build.get());
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            },
            name);
    builder.setDaemon(true);
    builder.start();
    return result;
  }
}
