package vnie.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import vnie.io.ResultTable;

/**
 * The result tables of a batch, growing in hidden partial files in the output folder and renamed to
 * their names when the batch ends, so that a reader never sees half a table. The renames are
 * journalled ({@link Journal#publishing}): a run killed between two of them is completed by the
 * next run in the folder, so the tables are never left from two runs. Not thread-safe: one writer
 * appends.
 */
// The tables form a fixed, ordered set (ResultTable); indexing per-table arrays by ordinal keeps
// the journal and the row buffers as plain arrays in table order.
@SuppressWarnings("EnumOrdinal")
final class ResultTables implements AutoCloseable {
  private final FileChannel[] channels = new FileChannel[ResultTable.values().length];

  private ResultTables() {}

  /**
   * Starts new tables holding their headers (after a byte-order mark when {@code excel}), replacing
   * any partial ones.
   */
  static ResultTables create(Path dir, boolean excel) throws IOException {
    ResultTables tables = new ResultTables();
    for (ResultTable t : ResultTable.values()) {
      FileChannel c =
          FileChannel.open(
              dir.resolve(partialName(t)),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              StandardOpenOption.TRUNCATE_EXISTING);
      tables.channels[t.ordinal()] = c;
      writeFully(c, header(t, excel));
    }
    return tables;
  }

  /** Reopens the partial tables of a killed run, cut back to {@code lengths}. */
  static ResultTables resume(Path dir, long[] lengths) throws IOException {
    ResultTables tables = new ResultTables();
    for (ResultTable t : ResultTable.values()) {
      Path file = dir.resolve(partialName(t));
      if (!Files.exists(file) || Files.size(file) < lengths[t.ordinal()]) {
        tables.close();
        throw new IOException("cannot resume: " + file + " is missing or shorter than journalled");
      }
      FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE);
      tables.channels[t.ordinal()] = c;
      c.truncate(lengths[t.ordinal()]);
      c.position(lengths[t.ordinal()]);
    }
    return tables;
  }

  /** The byte length of the header of {@code table}: BOM when {@code excel}, names, CRLF. */
  static long headerLength(ResultTable table, boolean excel) {
    return header(table, excel).length;
  }

  private static byte[] header(ResultTable table, boolean excel) {
    return table.head(excel).getBytes(StandardCharsets.UTF_8);
  }

  /** The file a table grows in until the batch ends; hidden so that no one takes it as done. */
  private static String partialName(ResultTable table) {
    return "." + table.fileName() + ".partial";
  }

  /** Appends the rows of one input. */
  void append(DocumentResult result) throws IOException {
    for (ResultTable t : ResultTable.values()) {
      byte[] bytes = result.rows()[t.ordinal()];
      if (bytes.length > 0) {
        writeFully(channels[t.ordinal()], bytes);
      }
    }
  }

  /** The current length of every table, indexed by {@link ResultTable#ordinal()}. */
  long[] lengths() throws IOException {
    long[] lengths = new long[channels.length];
    for (int i = 0; i < channels.length; i++) {
      lengths[i] = channels[i].position();
    }
    return lengths;
  }

  /** Writes the tables through to the disk and closes them, ready to {@link #publish}. */
  void finish() throws IOException {
    for (FileChannel c : channels) {
      c.force(false);
    }
    close();
  }

  /**
   * Gives each finished table in {@code dir} its final name; a table already renamed (by a run
   * killed after renaming it) is left as it is.
   *
   * @param maxRenames for tests: stop after this many renames, as if killed then
   * @return false when stopped by {@code maxRenames}
   */
  static boolean publish(Path dir, int maxRenames) throws IOException {
    int renames = 0;
    for (ResultTable t : ResultTable.values()) {
      Path partial = dir.resolve(partialName(t));
      if (!Files.exists(partial)) {
        continue;
      }
      if (renames++ == maxRenames) {
        return false;
      }
      Path target = dir.resolve(t.fileName());
      try {
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    for (FileChannel c : channels) {
      if (c != null && c.isOpen()) {
        c.close();
      }
    }
  }

  private static void writeFully(FileChannel channel, byte[] bytes) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }
}
