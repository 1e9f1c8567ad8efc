package vnie.io;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import vnie.core.Document;

/**
 * Reads an input file that the caller has already read as bytes (a cluster job reading HDFS or S3),
 * with the checks and reasons of {@link TextFileReader}: strict UTF-8, BOM removed, line ends and
 * normalization form kept, empty, blank and binary files rejected. Stateless and thread-safe.
 */
public final class InputBytes {
  private InputBytes() {}

  /**
   * The document held by {@code bytes}, named like {@link TextFileReader#documentId}.
   *
   * @param name the file's path or URI ({@code hdfs://host/corpus/a.txt}); its last segment names
   *     the document
   * @throws InputFileException with the reason {@link TextFileReader} gives for the same bytes; its
   *     {@link InputFileException#path() path} is {@code name} as a local path (a URI's {@code //}
   *     becomes {@code /}), so callers report {@code name} itself
   */
  public static Document read(String name, byte[] bytes) throws InputFileException {
    Path path = pathFor(name);
    if (bytes.length == 0) {
      throw new InputFileException(path, "file is empty (0 bytes)");
    }
    String text = TextFileReader.decodeUtf8(path, bytes);
    if (text.isEmpty()) {
      throw new InputFileException(path, "file holds only a byte-order mark, no text");
    }
    if (text.isBlank()) {
      throw new InputFileException(path, "file holds only white space, no text");
    }
    return Document.of(documentId(name), text);
  }

  /** The reason {@link TextFileReader} gives a file of {@code size} bytes over its limit. */
  public static InputFileException tooLarge(String name, long size, long maxBytes) {
    return new InputFileException(
        pathFor(name),
        "file is too large: "
            + size
            + " bytes, the limit is "
            + maxBytes
            + " bytes (is it the right file?)");
  }

  /**
   * The reason {@link TextFileReader} gives a file that could not be read: {@code file not found}
   * for a {@link java.io.FileNotFoundException} or {@link java.nio.file.NoSuchFileException},
   * {@code permission denied} for an {@link java.nio.file.AccessDeniedException}, else the error.
   */
  public static InputFileException unreadable(String name, IOException e) {
    return TextFileReader.unreadable(pathFor(name), e);
  }

  /** The last segment of {@code name} without a {@code .txt} extension. */
  public static String documentId(String name) {
    return TextFileReader.documentId(Path.of(lastSegment(name)));
  }

  private static String lastSegment(String name) {
    String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }

  /** A path for the exception; a URI with characters no local path takes is named by its end. */
  private static Path pathFor(String name) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      return Path.of(documentId(name));
    }
  }
}
