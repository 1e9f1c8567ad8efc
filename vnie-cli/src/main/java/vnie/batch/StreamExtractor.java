package vnie.batch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import vnie.InputExtraction;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.ResultTable;

/**
 * Runs the pipeline over inputs and prints each document's results on one stream (standard output)
 * in input order, in the text a {@code format} makes of a document: JSON Lines, CSV rows, CoNLL
 * columns. Nothing is written to disk, so there is no journal and no resuming; a bad input is
 * reported on {@code err} and skipped. Documents run in parallel as in {@link BatchExtractor}.
 */
public final class StreamExtractor {
  private static final int IN_FLIGHT_PER_THREAD = 4;
  private static final byte[][] NO_ROWS = new byte[ResultTable.values().length][];

  private final InputExtraction extraction;
  private final DocumentSource source;
  private final Function<Document, String> format;
  private final int threads;
  private final PrintWriter out;
  private final PrintWriter err;

  /** A stream over {@code vnie} printing {@code format} of each document to {@code out}. */
  public StreamExtractor(
      Vnie vnie,
      DocumentSource source,
      Function<Document, String> format,
      int threads,
      int maxDocumentChars,
      PrintWriter out,
      PrintWriter err) {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    this.extraction = new InputExtraction(vnie, maxDocumentChars);
    this.source = source;
    this.format = format;
    this.threads = threads;
    this.out = out;
    this.err = err;
  }

  /** A document's printed text, or the reason it failed, with its counts. */
  private record Printed(DocumentResult result, String text) {}

  /** Processes {@code inputs}, prints their results and returns the counts. */
  public BatchSummary run(Iterator<Input> inputs) throws IOException {
    DocumentNames names = new DocumentNames();
    BatchSummary summary = new BatchSummary(0, 0, 0, 0, 0, 0, 0);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Printed>> inFlight = new ArrayDeque<>();
      while (inputs.hasNext() || !inFlight.isEmpty()) {
        while (inputs.hasNext() && inFlight.size() < threads * IN_FLIGHT_PER_THREAD) {
          Input input = inputs.next();
          inFlight.add(pool.submit(() -> process(input)));
        }
        Printed printed = Workers.await(inFlight.poll());
        DocumentResult result = printed.result();
        if (!result.failed() && !names.add(result.documentId())) {
          result = failure(result.file(), InputExtraction.duplicateName(result.documentId()));
        }
        if (result.failed()) {
          out.flush(); // the documents before it first, so the two streams interleave in order
          err.println("vnie: skipped " + result.file() + ": " + result.failure());
          err.flush();
        } else {
          out.print(printed.text());
        }
        summary = summary.add(result);
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    return summary;
  }

  private Printed process(Input input) {
    return extraction.run(
        () -> source.read(input.file(), input.name()),
        doc -> new Printed(counts(input, doc), format.apply(doc)),
        reason -> new Printed(failure(input.file(), reason), ""));
  }

  private static DocumentResult counts(Input input, Document doc) {
    long words = doc.sentences().stream().mapToLong(s -> s.words().size()).sum();
    return new DocumentResult(
        input.file(),
        doc.id(),
        NO_ROWS,
        null,
        words,
        doc.mentions().size(),
        doc.relations().size(),
        doc.events().size());
  }

  private static DocumentResult failure(Path file, String reason) {
    return new DocumentResult(file, null, NO_ROWS, reason, 0, 0, 0, 0);
  }
}
