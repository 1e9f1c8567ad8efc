package vnie.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vnie.core.Document;
import vnie.pipeline.Pipeline;

/**
 * Measures how many words a pipeline processes per second over a fixed corpus, on one thread or
 * several. The corpus is run once untimed first, so that the JIT compiler has done its work.
 */
public final class Throughput {
  /**
   * One measurement.
   *
   * @param threads threads that shared the documents
   * @param words words in the corpus
   * @param seconds wall-clock time
   */
  public record Result(int threads, long words, double seconds) {
    public double wordsPerSecond() {
      return words / seconds;
    }
  }

  private final List<Document> corpus;
  private final long words;

  /** A corpus of documents holding {@code words} words in all. */
  public Throughput(List<Document> corpus, long words) {
    this.corpus = List.copyOf(corpus);
    this.words = words;
  }

  /**
   * Runs {@code pipeline} over the corpus once to warm up, then {@code runs} timed times on {@code
   * threads}, and keeps the median run: this machine's speed varies from run to run.
   */
  public Result measure(Pipeline pipeline, int threads, int runs) throws Exception {
    run(pipeline, threads);
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      run(pipeline, threads);
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return new Result(threads, words, seconds[runs / 2]);
  }

  private void run(Pipeline pipeline, int threads) throws Exception {
    if (threads == 1) {
      for (Document d : corpus) {
        pipeline.process(d);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Each task keeps only a count, so processed documents do not pile up on the heap.
      List<Future<Integer>> done = new ArrayList<>(corpus.size());
      for (Document d : corpus) {
        done.add(pool.submit(() -> pipeline.process(d).sentences().size()));
      }
      for (Future<Integer> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Forgets the heap peaks recorded so far, so that {@link #peakHeapBytes()} starts afresh. */
  public static void resetPeakHeap() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the peak use of every heap pool since the last reset: an upper bound. */
  public static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** The heap in use after a garbage collection: the models, the corpus and what they hold. */
  public static long liveHeapBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
