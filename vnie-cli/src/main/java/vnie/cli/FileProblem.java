package vnie.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A sentence for a file system error, whose own message is often the path alone ({@code
 * /proc/nope}, {@code ../shared/data/ud-vi-vtb}).
 */
final class FileProblem {
  private FileProblem() {}

  /** What went wrong with which path, and what to check. */
  static String describe(FileSystemException e) {
    String file = e.getFile() == null ? "a file" : e.getFile();
    if (e instanceof NoSuchFileException) {
      return file + " does not exist; check the path";
    }
    if (e instanceof AccessDeniedException) {
      return file + " cannot be used: permission denied; check its permissions";
    }
    if (e instanceof NotDirectoryException) {
      return file + " is not a folder; give a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return file + " already exists and is in the way; move it or give another path";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return file + " is a folder that is not empty; move it or give another path";
    }
    String reason = e.getReason() == null ? "cannot be read or written" : e.getReason();
    return file + ": " + reason + "; check the path";
  }
}
