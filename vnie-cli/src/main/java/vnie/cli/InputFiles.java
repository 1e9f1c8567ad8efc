package vnie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths given on the command line into the text files to process, sorted. */
final class InputFiles {
  private InputFiles() {}

  /**
   * Files are taken as given (whatever their extension, so that a misnamed file is reported, not
   * skipped); folders are searched recursively for files ending in {@code extension}. A path that
   * does not exist is returned too, so that reading it reports the problem with its name.
   */
  static List<Path> expand(List<Path> paths, String extension) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(f -> !Files.isDirectory(f))
              .filter(f -> f.getFileName().toString().endsWith(extension))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }
}
