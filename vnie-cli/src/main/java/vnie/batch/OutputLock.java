package vnie.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The lock that lets one batch at a time write to an output folder: two runs into one folder would
 * mix their rows in the same tables. It is an operating-system lock on {@code .vnie-lock} in the
 * folder, so it ends with the process that holds it, even one that was killed; the file names the
 * holder (its process id and start), for the message the next run gives.
 */
final class OutputLock implements AutoCloseable {
  static final String FILE_NAME = ".vnie-lock";

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks {@code dir} for this process.
   *
   * @throws IOException naming the process that holds the lock, when another run holds it
   */
  static OutputLock acquire(Path dir) throws IOException {
    FileChannel channel =
        FileChannel.open(
            dir.resolve(FILE_NAME),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      FileLock lock = tryLock(channel);
      if (lock == null) {
        throw new IOException(
            "cannot write to "
                + dir
                + ": another vnie run"
                + holder(channel)
                + " is writing there; wait for it to end or choose another --out");
      }
      channel.truncate(0);
      String self =
          "process "
              + ProcessHandle.current().pid()
              + " since "
              + Instant.now().truncatedTo(ChronoUnit.SECONDS)
              + "\n";
      channel.write(ByteBuffer.wrap(self.getBytes(StandardCharsets.UTF_8)), 0);
      return new OutputLock(channel, lock);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** The lock, or null when another process, or another batch of this one, holds it. */
  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null;
    }
  }

  /** {@code " (process 1234 since …)"} as the holder wrote it, or empty when it has not yet. */
  private static String holder(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(256);
    channel.read(buffer, 0);
    String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    return text.isEmpty() || text.contains("\n") ? "" : " (" + text + ")";
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
