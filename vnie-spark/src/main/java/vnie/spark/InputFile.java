package vnie.spark;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * One input file of a task, read only when asked: its path and the task's Hadoop configuration,
 * which all the task's files share. (Spark's {@code binaryFiles} serializes the whole configuration
 * into the handle of every file and parses it back to open it, some 12 ms a file.) Not
 * serializable: a file is read in the task that lists it and only its name travels further.
 */
public final class InputFile {
  private final Path path;
  private final Configuration hadoop;

  InputFile(Path path, Configuration hadoop) {
    this.path = path;
    this.hadoop = hadoop;
  }

  /** The first {@code limit} bytes, or all of them when the file is shorter. */
  byte[] readAtMost(int limit) throws IOException {
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      return in.readNBytes(limit);
    }
  }

  /** The length in bytes now (not at listing time), for the message about a file too large. */
  long length() throws IOException {
    return path.getFileSystem(hadoop).getFileStatus(path).getLen();
  }
}
