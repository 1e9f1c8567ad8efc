package vnie;

import java.util.function.Function;
import vnie.core.Document;
import vnie.io.InputFileException;

/**
 * One input through the pipeline as a batch job runs it ({@code vnie extract}, the Spark job):
 * read, refused when longer than the document limit, completed by the pipeline, turned into the
 * job's output. An input that fails on the way gives the reason its row of the errors table states,
 * in the same words whatever job ran it; a bad input never throws, and neither does an error of the
 * pipeline on it (out of memory, a stack overflow, a bug): it fails that input alone. Immutable and
 * thread-safe.
 */
public final class InputExtraction {
  /**
   * The default document size limit, measured to fit a 512 MB heap (see docs/usage.md, *Huge
   * documents*).
   */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000;

  /** Reads the input into a document; a file that cannot be used throws with the reason. */
  @FunctionalInterface
  public interface Input {
    Document read() throws InputFileException;
  }

  private final Vnie vnie;
  private final int maxDocumentChars;

  /**
   * @param maxDocumentChars longer documents are refused, so that one huge file cannot exhaust the
   *     heap
   */
  public InputExtraction(Vnie vnie, int maxDocumentChars) {
    if (maxDocumentChars < 1) {
      throw new IllegalArgumentException("--max-doc-chars must be positive: " + maxDocumentChars);
    }
    this.vnie = vnie;
    this.maxDocumentChars = maxDocumentChars;
  }

  /**
   * Reads {@code input}, runs the pipeline on it and returns what {@code output} makes of the
   * completed document, or, when any of this fails, what {@code failure} makes of the reason.
   */
  public <T> T run(Input input, Function<Document, T> output, Function<String, T> failure) {
    String reason;
    try {
      Document read = input.read();
      if (read.text().length() <= maxDocumentChars) {
        return output.apply(vnie.complete(read));
      }
      reason =
          "document too long: "
              + read.text().length()
              + " characters, the limit is "
              + maxDocumentChars
              + " (--max-doc-chars)";
    } catch (InputFileException e) {
      reason = e.reason();
    } catch (RuntimeException | Error e) { // NOPMD: a failure stays in its document, see below
      // The document's memory is free again once it fails, and the pipeline keeps no state of
      // it, so the next documents run as if this one had not been there.
      reason = reason(e);
    }
    return failure.apply(reason);
  }

  /** The reason an input failed with {@code e}, also when a wrapper carries the real cause. */
  private static String reason(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OutOfMemoryError) {
        return "processing ran out of memory (raise -Xmx or lower --max-doc-chars)";
      }
      if (cause instanceof StackOverflowError) {
        return "processing failed: too deeply nested for the stack (raise -Xss)";
      }
    }
    return "processing failed: " + e;
  }

  /** The reason an input is refused whose document name {@code id} an earlier input has. */
  public static String duplicateName(String id) {
    return "another input has the same document name '" + id + "'";
  }
}
