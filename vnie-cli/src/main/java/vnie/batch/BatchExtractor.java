package vnie.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vnie.InputExtraction;
import vnie.Vnie;
import vnie.batch.DocumentWorker.Rendered;
import vnie.io.AtomicFiles;
import vnie.io.ResultTable;

/**
 * Runs the pipeline over a stream of input files on a pool of worker threads and writes the rows of
 * each input in input order from one writer, so that the tables are the same byte for byte whatever
 * the number of threads. At most a few inputs per thread are in flight, so memory does not grow
 * with the number of inputs, but for a 16-byte fingerprint of each document name, kept to refuse
 * duplicates ({@link DocumentNames}).
 */
// The tables form a fixed, ordered set (ResultTable); indexing per-table arrays by ordinal keeps
// the journal and the row buffers as plain arrays in table order.
@SuppressWarnings("EnumOrdinal")
public final class BatchExtractor {
  private static final int IN_FLIGHT_PER_THREAD = 4;

  private final DocumentWorker worker;
  private final BatchOptions options;
  private final PrintWriter err;
  private final Progress progress;
  private long stopAfter = -1;
  private int renamesBeforeKill = Integer.MAX_VALUE;

  /** A batch over {@code vnie}, reading each input with {@code source}. */
  public BatchExtractor(
      Vnie vnie, DocumentSource source, BatchOptions options, PrintWriter err, Progress progress) {
    this.worker = new DocumentWorker(vnie, source, options);
    this.options = options;
    this.err = err;
    this.progress = progress;
  }

  /**
   * True when {@code dir} holds the tables of a run that ended (and no journal of one that did
   * not), which {@code --resume} has nothing to continue.
   */
  public static boolean finishedRunIn(Path dir) {
    return !Files.exists(dir.resolve(Journal.FILE_NAME))
        && Files.exists(dir.resolve(ResultTable.ENTITIES.fileName()));
  }

  /** For tests: stop writing after {@code inputs} inputs, as if the process were killed. */
  BatchExtractor stopAfter(long inputs) {
    this.stopAfter = inputs;
    return this;
  }

  /** For tests: stop after renaming {@code tables} tables into place, as if killed then. */
  BatchExtractor stopPublishingAfter(int tables) {
    this.renamesBeforeKill = tables;
    return this;
  }

  /** Processes {@code files}, each document named by its file name (see {@link #runNamed}). */
  public BatchSummary run(Iterator<Path> files) throws IOException {
    return runNamed(
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return files.hasNext();
          }

          @Override
          public Input next() {
            return Input.named(files.next());
          }
        });
  }

  /**
   * Processes {@code inputs}, writes the tables to the output folder and returns the counts.
   *
   * @throws IOException when the output folder cannot be written, another run holds it, or a resume
   *     does not match the interrupted run
   */
  public BatchSummary runNamed(Iterator<Input> inputs) throws IOException {
    Path dir = options.out();
    Files.createDirectories(dir);
    OutputLock lock = OutputLock.acquire(dir);
    try {
      if (Journal.publishing(dir)) {
        // A run killed while it renamed its tables: finish that first, so that the tables in the
        // folder are all of one run again.
        long finished = Journal.read(dir, emptyLengths()).finished();
        ResultTables.publish(dir, Integer.MAX_VALUE);
        Journal.delete(dir);
        err.println("vnie: finished publishing the tables of the interrupted run in " + dir);
        err.flush();
        if (options.resume()) {
          return new BatchSummary(0, 0, finished, 0, 0, 0, 0); // nothing was left to process
        }
      }
      return runLocked(inputs);
    } finally {
      lock.close();
    }
  }

  /** The length of every table that holds only its header (after a BOM with --excel). */
  private long[] emptyLengths() {
    long[] lengths = new long[ResultTable.values().length];
    for (ResultTable t : ResultTable.values()) {
      lengths[t.ordinal()] = ResultTables.headerLength(t, options.excel());
    }
    return lengths;
  }

  private BatchSummary runLocked(Iterator<Input> inputs) throws IOException {
    Path dir = options.out();
    DocumentNames seenIds = new DocumentNames();
    long resumed = 0;
    ResultTables tables;
    Journal journal;
    if (options.resume() && Files.exists(dir.resolve(Journal.FILE_NAME))) {
      Journal.State state = Journal.read(dir, emptyLengths());
      resumed = skipFinished(inputs, state.finished(), seenIds);
      tables = ResultTables.resume(dir, state.lengths());
      journal = Journal.resume(dir, state);
    } else {
      tables = ResultTables.create(dir, options.excel());
      journal = Journal.create(dir);
    }
    BatchSummary summary = new BatchSummary(0, 0, resumed, 0, 0, 0, 0);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads());
    try (tables;
        journal) {
      Deque<Future<Rendered>> inFlight = new ArrayDeque<>();
      long position = resumed;
      int window = options.threads() * IN_FLIGHT_PER_THREAD;
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inputs.hasNext() && inFlight.size() < window) {
          Input input = inputs.next();
          inFlight.add(pool.submit(() -> worker.process(input)));
        }
        if (stopAfter >= 0 && position >= stopAfter) {
          return summary; // the simulated kill: tables and journal stay as they are
        }
        Rendered rendered = Workers.await(inFlight.poll());
        DocumentResult result = write(rendered, seenIds, tables);
        journal.append(
            new Journal.Entry(
                position++,
                result.file().toString(),
                result.documentId() == null ? "" : result.documentId(),
                tables.lengths()));
        summary = summary.add(result);
        progress.update(summary);
      }
      tables.finish();
      journal.publishing();
    } finally {
      pool.shutdownNow();
    }
    if (!ResultTables.publish(dir, renamesBeforeKill)) {
      return summary; // the simulated kill between two renames
    }
    Journal.delete(dir);
    progress.finish(summary);
    return summary;
  }

  private DocumentResult write(Rendered rendered, DocumentNames seenIds, ResultTables tables)
      throws IOException {
    DocumentResult result = rendered.result();
    if (!result.failed() && !seenIds.add(result.documentId())) {
      rendered =
          DocumentWorker.failure(result.file(), InputExtraction.duplicateName(result.documentId()));
      result = rendered.result();
    }
    if (result.failed()) {
      err.println("vnie: skipped " + result.file() + ": " + result.failure());
      err.flush();
    }
    for (Map.Entry<String, String> side : rendered.sideFiles().entrySet()) {
      Path file = options.out().resolve(side.getKey());
      Files.createDirectories(file.getParent()); // a document named 2023/article
      AtomicFiles.writeString(file, side.getValue());
    }
    tables.append(result);
    return result;
  }

  /** Checks that the first inputs are the ones the journal finished, and skips them. */
  private long skipFinished(Iterator<Input> inputs, long finished, DocumentNames seenIds)
      throws IOException {
    try (BufferedReader in = Files.newBufferedReader(options.out().resolve(Journal.FILE_NAME))) {
      for (long i = 0; i < finished; i++) {
        Journal.Entry entry = Journal.Entry.parse(in.readLine());
        String input = inputs.hasNext() ? inputs.next().file().toString() : "(no more inputs)";
        if (!input.equals(entry.file())) {
          throw new IOException(
              "cannot resume: input "
                  + (i + 1)
                  + " is "
                  + input
                  + " but the interrupted run had "
                  + entry.file()
                  + "; give the same inputs in the same order, or start again without --resume");
        }
        if (!entry.documentId().isEmpty()) {
          seenIds.add(entry.documentId());
        }
      }
    }
    return finished;
  }
}
