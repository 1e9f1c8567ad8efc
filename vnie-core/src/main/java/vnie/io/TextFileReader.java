package vnie.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import vnie.core.Document;

/**
 * Reads an input text file into a {@link Document}, exactly as stored: strict UTF-8, a leading
 * byte-order mark removed, line ends and Unicode normalization form kept, so that every offset
 * counts the decoded characters of the file. Immutable and thread-safe.
 */
public final class TextFileReader {
  /** The default size limit: larger files are almost always the wrong file. */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

  static final char BOM = '\uFEFF';
  private static final String ENCODING_HINT =
      "is it Windows-1258, TCVN3, VNI or Latin-1? convert it to UTF-8";

  private final long maxBytes;

  public TextFileReader() {
    this(DEFAULT_MAX_BYTES);
  }

  /** A reader that rejects files larger than {@code maxBytes}. */
  public TextFileReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Reads {@code file} as a document whose id is the file name without {@code .txt}. */
  public Document read(Path file) throws InputFileException {
    return Document.of(documentId(file), readText(file));
  }

  /** The text of {@code file}; rejects empty, blank, binary and non-UTF-8 files. */
  public String readText(Path file) throws InputFileException {
    byte[] bytes = readBytes(file);
    if (bytes.length == 0) {
      throw new InputFileException(file, "file is empty (0 bytes)");
    }
    String text = decodeUtf8(file, bytes);
    if (text.isEmpty()) {
      throw new InputFileException(file, "file holds only a byte-order mark, no text");
    }
    if (text.isBlank()) {
      throw new InputFileException(file, "file holds only white space, no text");
    }
    return text;
  }

  /** The text of a file that may be empty, such as a brat {@code .ann} file without entities. */
  String readPossiblyEmpty(Path file) throws InputFileException {
    return decodeUtf8(file, readBytes(file));
  }

  /** The file name without a {@code .txt} extension (in any letter case). */
  public static String documentId(Path file) {
    String name = String.valueOf(file.getFileName());
    boolean hasTxt = name.length() > 4 && name.toLowerCase(Locale.ROOT).endsWith(".txt");
    return hasTxt ? name.substring(0, name.length() - 4) : name;
  }

  private byte[] readBytes(Path file) throws InputFileException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (attributes.isDirectory()) {
      throw new InputFileException(file, "is a directory, not a text file");
    }
    if (!attributes.isRegularFile()) {
      // Never opened: a named pipe would block the reader until someone writes to it, a device
      // such as /dev/zero never ends.
      throw new InputFileException(
          file, "not a regular file but " + specialKind(file) + "; only regular files are read");
    }
    long size = attributes.size();
    if (size > maxBytes) {
      throw new InputFileException(
          file,
          "file is too large: "
              + size
              + " bytes, the limit is "
              + maxBytes
              + " bytes (is it the right file?)");
    }
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** What kind of special file {@code file} is, as far as the file system tells. */
  private static String specialKind(Path file) {
    int mode;
    try {
      mode = (Integer) Files.getAttribute(file, "unix:mode");
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file";
    }
    return switch (mode & 0170000) { // NOPMD: the file type bits of POSIX st_mode
      case 0010000 -> "a named pipe (FIFO)";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      case 0140000 -> "a socket";
      default -> "a special file";
    };
  }

  /**
   * Why {@code file} could not be read: not found, permission denied, or the error itself. Knows
   * the exceptions of the JDK's file systems, old ({@code java.io}) and new ({@code java.nio}).
   */
  static InputFileException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException || e instanceof FileNotFoundException) {
      return new InputFileException(file, "file not found", e);
    }
    if (e instanceof AccessDeniedException) {
      return new InputFileException(file, "file cannot be read: permission denied", e);
    }
    return new InputFileException(file, "file cannot be read: " + e, e);
  }

  /**
   * Decodes {@code bytes} as strict UTF-8 and removes a leading BOM. Reports the first NUL byte or
   * undecodable byte by its offset, since a wrong encoding is the usual cause.
   */
  static String decodeUtf8(Path file, byte[] bytes) throws InputFileException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InputFileException(
            file,
            "binary file: NUL byte at byte offset "
                + i
                + " (a UTF-16 text also has them; convert it to UTF-8)");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // UTF-8 never yields more chars than bytes, so one buffer holds the whole text.
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw new InputFileException(
          file,
          String.format(
              Locale.ROOT,
              "not valid UTF-8: byte 0x%02X at byte offset %d (line %d); %s",
              bytes[offset] & 0xFF,
              offset,
              lineOf(bytes, offset),
              ENCODING_HINT));
    }
    out.flip();
    String text = out.toString();
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
