package vnie.batch;

import java.nio.file.Path;
import vnie.io.ResultTable;

/**
 * What one input gives: the bytes of its rows in each {@link ResultTable} (its error row when it
 * failed) and counts for the summary and progress.
 *
 * @param file the input file
 * @param documentId the document name, or null when the file failed before it had one
 * @param rows the bytes to append to each table, indexed by {@link ResultTable#ordinal()}
 * @param failure the reason the file failed, or null
 * @param words the words of the document (0 when it failed)
 * @param mentions entity mentions found
 * @param relations relations found
 * @param events events found
 */
// The arrays are built once by their producer and only read after; they are never handed out
// for writing.
@SuppressWarnings("ArrayRecordComponent")
record DocumentResult(
    Path file,
    String documentId,
    byte[][] rows,
    String failure,
    long words,
    int mentions,
    int relations,
    int events) {
  boolean failed() {
    return failure != null;
  }
}
