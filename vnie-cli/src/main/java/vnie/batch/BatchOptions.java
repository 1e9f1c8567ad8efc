package vnie.batch;

import java.nio.file.Path;

/**
 * How a batch runs.
 *
 * @param out the output folder
 * @param threads worker threads (at least 1)
 * @param resume continue a killed run in {@code out} from its journal
 * @param brat also write {@code NAME.ann} and {@code NAME.txt} per document
 * @param conll also write {@code NAME.conll} per document
 * @param maxDocumentChars documents longer than this are refused, so that one huge file cannot
 *     exhaust the heap
 */
public record BatchOptions(
    Path out, int threads, boolean resume, boolean brat, boolean conll, int maxDocumentChars) {
  /** The default document size limit, measured to fit a 512 MB heap (see the README). */
  public static final int DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000;

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    if (maxDocumentChars < 1) {
      throw new IllegalArgumentException("--max-doc-chars must be positive: " + maxDocumentChars);
    }
  }
}
