package vnie.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import vnie.io.ResultTable;

/**
 * The record of the inputs a batch has finished, one line each, appended after their rows reached
 * the tables: the input's position, its path, its document name and the length of every table after
 * it. A killed run leaves at most one unfinished last line, which does not count. When all inputs
 * are done, a last line {@value #PUBLISHING} says that the tables are complete and being renamed
 * into place; the journal is deleted once they all are. Paths and names are {@linkplain #escape
 * escaped}, so a file name with a tab, CR or LF stays one field of one line.
 */
// The arrays are built once by their producer and only read after; they are never handed out
// for writing.
@SuppressWarnings("ArrayRecordComponent")
final class Journal implements AutoCloseable {
  static final String FILE_NAME = ".vnie-journal";

  /** The last line once every input is done and the tables are being renamed into place. */
  static final String PUBLISHING = "publishing";

  /** One finished input. */
  record Entry(long position, String file, String documentId, long[] lengths) {
    static Entry parse(String line) throws IOException {
      String[] fields = line.split("\t", -1);
      if (fields.length != 4) {
        throw new IOException("cannot resume: damaged journal line: " + line);
      }
      long[] lengths = Arrays.stream(fields[3].split(",")).mapToLong(Long::parseLong).toArray();
      if (lengths.length != ResultTable.values().length) {
        throw new IOException("cannot resume: journal of another vnie version: " + line);
      }
      return new Entry(
          Long.parseLong(fields[0]), unescape(fields[1], line), unescape(fields[2], line), lengths);
    }

    String format() {
      StringBuilder line = new StringBuilder();
      line.append(position).append('\t').append(escape(file)).append('\t');
      line.append(escape(documentId)).append('\t');
      for (int i = 0; i < lengths.length; i++) {
        line.append(i == 0 ? "" : ",").append(lengths[i]);
      }
      return line.append('\n').toString();
    }
  }

  /** What a journal says about a killed run: how many inputs it finished and the table lengths. */
  record State(long finished, long[] lengths, long validBytes) {}

  private final Path file;
  private final Writer out;

  private Journal(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /** A field as the journal keeps it: backslash, tab, CR and LF as {@code \\ \t \r \n}. */
  static String escape(String field) {
    StringBuilder escaped = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      switch (c) {
        case '\\' -> escaped.append("\\\\");
        case '\t' -> escaped.append("\\t");
        case '\r' -> escaped.append("\\r");
        case '\n' -> escaped.append("\\n");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** The field {@link #escape} was given; {@code line} names the journal line in errors. */
  static String unescape(String field, String line) throws IOException {
    StringBuilder plain = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c != '\\') {
        plain.append(c);
        continue;
      }
      char next = ++i < field.length() ? field.charAt(i) : ' ';
      switch (next) {
        case '\\' -> plain.append('\\');
        case 't' -> plain.append('\t');
        case 'r' -> plain.append('\r');
        case 'n' -> plain.append('\n');
        default -> throw new IOException("cannot resume: damaged journal line: " + line);
      }
    }
    return plain.toString();
  }

  /** Starts an empty journal in {@code dir}. */
  static Journal create(Path dir) throws IOException {
    return new Journal(
        dir.resolve(FILE_NAME),
        Files.newBufferedWriter(
            dir.resolve(FILE_NAME),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING));
  }

  /** Reads the state of the journal in {@code dir} line by line, without keeping the lines. */
  static State read(Path dir, long[] emptyLengths) throws IOException {
    long finished = 0;
    long[] lengths = emptyLengths;
    long validBytes = 0;
    try (BufferedReader in = Files.newBufferedReader(dir.resolve(FILE_NAME))) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) >= 0) {
        if (c != '\n') {
          line.append((char) c);
          continue;
        }
        if (line.toString().equals(PUBLISHING)) {
          break;
        }
        Entry entry = Entry.parse(line.toString());
        if (entry.position() != finished) {
          throw new IOException("cannot resume: journal out of order at line " + (finished + 1));
        }
        finished++;
        lengths = entry.lengths();
        validBytes += line.toString().getBytes(StandardCharsets.UTF_8).length + 1;
        line.setLength(0);
      }
    }
    return new State(finished, lengths, validBytes);
  }

  /** Reopens the journal in {@code dir} for appending after its last complete line. */
  static Journal resume(Path dir, State state) throws IOException {
    try (FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME), StandardOpenOption.WRITE)) {
      channel.truncate(state.validBytes());
    }
    return new Journal(
        dir.resolve(FILE_NAME),
        Files.newBufferedWriter(
            dir.resolve(FILE_NAME), StandardCharsets.UTF_8, StandardOpenOption.APPEND));
  }

  /** Records a finished input; its line is complete in the file when this returns. */
  void append(Entry entry) throws IOException {
    out.write(entry.format());
    out.flush();
  }

  /**
   * Records that every input is done and the tables are about to be renamed into place; written
   * through to the disk before the first rename.
   */
  void publishing() throws IOException {
    out.write(PUBLISHING + "\n");
    out.flush();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(false); // the file's data, whichever descriptor wrote it
    }
  }

  /** Whether the journal in {@code dir} is of a run that was renaming its tables into place. */
  static boolean publishing(Path dir) throws IOException {
    Path file = dir.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return false;
    }
    byte[] marker = (PUBLISHING + "\n").getBytes(StandardCharsets.UTF_8);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < marker.length) {
        return false;
      }
      ByteBuffer tail = ByteBuffer.allocate(marker.length);
      channel.read(tail, size - marker.length);
      return Arrays.equals(tail.array(), marker);
    }
  }

  /** Removes the journal of a batch that ended. */
  static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE_NAME));
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
