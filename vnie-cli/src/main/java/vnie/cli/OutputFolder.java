package vnie.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vnie.batch.BatchExtractor;
import vnie.cli.ExtractCommand.Format;

/** The --out folder of {@code vnie extract}, made ready before the models are loaded. */
final class OutputFolder {
  private OutputFolder() {}

  /**
   * Creates {@code out}; refuses (as bad usage) jsonl, which goes to standard output, an {@code
   * out} that is a file or cannot be made, and {@code resume} on a folder whose run finished.
   */
  static void prepare(Path out, List<Format> formats, boolean resume) {
    if (formats.contains(Format.jsonl)) {
      throw new BadUsageException(
          "--format jsonl goes to standard output: leave out --out"
              + " (vnie extract corpus --format jsonl > results.jsonl)");
    }
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new BadUsageException(
          "--out "
              + out
              + " is a file, not a folder; give a folder for the tables (it is created when"
              + " missing)");
    }
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new BadUsageException(
          "cannot create the output folder --out "
              + out
              + ": "
              + reason(e)
              + "; give a folder you can write to");
    }
    if (resume && BatchExtractor.finishedRunIn(out)) {
      throw new BadUsageException(
          "--resume: the run in "
              + out
              + " finished, so there is nothing to continue; leave out --resume to run again"
              + " (it replaces the tables), or give another --out");
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e instanceof FileSystemException problem && problem.getReason() != null
        ? problem.getReason()
        : "the file system does not allow it";
  }
}
