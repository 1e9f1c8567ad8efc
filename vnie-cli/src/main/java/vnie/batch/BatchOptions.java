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
 * @param conll also write {@code NAME.conll} per document (VnCoreNLP's columns)
 * @param maxDocumentChars documents longer than this are refused, so that one huge file cannot
 *     exhaust the heap ({@link InputExtraction#DEFAULT_MAX_DOCUMENT_CHARS} by default)
 * @param excel start each table with a UTF-8 byte-order mark, for Excel
 * @param conllu also write {@code NAME.conllu} per document (CoNLL-U)
 */
public record BatchOptions(
    Path out,
    int threads,
    boolean resume,
    boolean brat,
    boolean conll,
    int maxDocumentChars,
    boolean excel,
    boolean conllu) {
  /** Options for tables without the byte-order mark, for scripts. */
  public BatchOptions(
      Path out, int threads, boolean resume, boolean brat, boolean conll, int maxDocumentChars) {
    this(out, threads, resume, brat, conll, maxDocumentChars, false, false);
  }

  public BatchOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    if (maxDocumentChars < 1) {
      throw new IllegalArgumentException("--max-doc-chars must be positive: " + maxDocumentChars);
    }
  }

  /** These options with the byte-order mark for Excel, or without it. */
  public BatchOptions withExcel(boolean mark) {
    return new BatchOptions(out, threads, resume, brat, conll, maxDocumentChars, mark, conllu);
  }

  /** These options writing {@code NAME.conllu} per document, or not. */
  public BatchOptions withConllu(boolean write) {
    return new BatchOptions(out, threads, resume, brat, conll, maxDocumentChars, excel, write);
  }
}
