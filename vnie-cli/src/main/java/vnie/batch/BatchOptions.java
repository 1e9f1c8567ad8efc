package vnie.batch;

import java.nio.file.Path;
import vnie.InputExtraction;

/**
 * How a batch runs.
 *
 * @param out the output folder
 * @param threads worker threads (at least 1)
 * @param resume continue a killed run in {@code out} from its journal
 * @param brat also write {@code NAME.ann} and {@code NAME.txt} per document
 * @param conll also write {@code NAME.conll} per document
 * @param maxDocumentChars documents longer than this are refused, so that one huge file cannot
 *     exhaust the heap ({@link InputExtraction#DEFAULT_MAX_DOCUMENT_CHARS} by default)
 */
public record BatchOptions(
    Path out, int threads, boolean resume, boolean brat, boolean conll, int maxDocumentChars) {
  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    if (maxDocumentChars < 1) {
      throw new IllegalArgumentException("--max-doc-chars must be positive: " + maxDocumentChars);
    }
  }
}
