package vnie.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a half
 * written file: the content goes to a temporary file in the same directory, which then replaces the
 * target in one move.
 */
public final class AtomicFiles {
  /** Writes text to a {@link Writer}; the writer is closed by {@link AtomicFiles}. */
  @FunctionalInterface
  public interface TextContent {
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code bytes}. */
  public static void write(Path target, byte[] bytes) throws IOException {
    writeStream(target, out -> out.write(bytes));
  }

  /** Replaces {@code target} with {@code text} encoded as UTF-8 (no BOM is added). */
  public static void writeString(Path target, CharSequence text) throws IOException {
    writeText(target, out -> out.append(text));
  }

  /** Replaces {@code target} with what {@code content} writes, encoded as UTF-8. */
  public static void writeText(Path target, TextContent content) throws IOException {
    writeStream(
        target,
        stream -> {
          Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
          content.writeTo(out);
          out.flush();
        });
  }

  private interface StreamContent {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeStream(Path target, StreamContent content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Files.createDirectories(dir);
    // Same directory, so the move is a rename on one file system. CREATE_NEW rather than
    // Files.createTempFile, which would leave the final file with owner-only permissions.
    Path temp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
        content.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
