package vnie.io;

import java.io.IOException;
import java.nio.file.Path;

/** An input file that cannot be used, with the file and a reason a user can act on. */
public final class InputFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final String reason;

  public InputFileException(Path path, String reason) {
    this(path, reason, null);
  }

  public InputFileException(Path path, String reason, Throwable cause) {
    super(path + ": " + reason, cause);
    this.path = path;
    this.reason = reason;
  }

  /** The file that could not be used. */
  public Path path() {
    return path;
  }

  /** Why, without the file name. */
  public String reason() {
    return reason;
  }
}
