package vnie.classify;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An index that makes a stage faster but that the stage can do without, such as a {@link
 * TemplatePerceptron} of a model: it is built on a daemon thread once the stage has been used a
 * number of times, and the stage gives the same answers without it until then. Indexing the shipped
 * models takes about half a second of CPU; building it at once would compete with the first
 * documents for the cores and delay a batch's first result, and a run of a few sentences would pay
 * for it for nothing.
 *
 * <p>A build that fails (typically out of memory while a huge document holds the heap) leaves the
 * stage on the slow way, never broken: the build is tried again after as many uses, at most {@link
 * #MAX_BUILDS} times in all. Thread-safe.
 */
public final class BackgroundIndex<T> {
  /** Uses before the build starts: about the sentences of a few news articles. */
  public static final long DEFAULT_USES_BEFORE_BUILD = 100;

  /** Builds tried before the stage stays on the slow way for good. */
  public static final int MAX_BUILDS = 3;

  private final String name;
  private final long usesBeforeBuild;
  private final Supplier<T> build;
  private final AtomicLong uses = new AtomicLong();
  private final AtomicBoolean building = new AtomicBoolean();
  private final AtomicInteger builds = new AtomicInteger();
  private volatile T index;
  private volatile CompletableFuture<T> lastBuild =
      CompletableFuture.failedFuture(new IllegalStateException("not built yet"));

  /** An index that {@code build} makes on a thread named {@code name} after the default uses. */
  public BackgroundIndex(String name, Supplier<T> build) {
    this(name, DEFAULT_USES_BEFORE_BUILD, build);
  }

  /** An index that {@code build} makes on a thread named {@code name} after {@code uses} uses. */
  public BackgroundIndex(String name, long usesBeforeBuild, Supplier<T> build) {
    this.name = name;
    this.usesBeforeBuild = usesBeforeBuild;
    this.build = build;
  }

  /** Counts one use; the index when it is built, else null (the caller goes the slow way). */
  public T ready() {
    T built = index;
    if (built != null) {
      return built;
    }
    if (uses.incrementAndGet() > usesBeforeBuild) {
      start();
    }
    return null;
  }

  /**
   * The index, built now if it is not yet (for tests and callers that want it before the first
   * use).
   *
   * @throws java.util.concurrent.CompletionException when the build failed
   */
  public T await() {
    T built = index;
    if (built != null) {
      return built;
    }
    start();
    return lastBuild.join();
  }

  private void start() {
    if (builds.get() < MAX_BUILDS && building.compareAndSet(false, true)) {
      builds.incrementAndGet();
      CompletableFuture<T> attempt = new CompletableFuture<>();
      lastBuild = attempt;
      Thread builder = new Thread(() -> buildIndex(attempt), name);
      builder.setDaemon(true);
      builder.start();
    }
  }

  private void buildIndex(CompletableFuture<T> attempt) {
    try {
      T built = build.get();
      index = built;
      attempt.complete(built);
    } catch (RuntimeException | Error e) { // NOPMD: the stage goes on the slow way, see the class
      uses.set(0);
      attempt.completeExceptionally(e);
    } finally {
      building.set(false);
    }
  }
}
