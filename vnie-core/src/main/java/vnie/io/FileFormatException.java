package vnie.io;

/** Content of a brat or CSV file that breaks its format; names the file and the line. */
public final class FileFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final String reason;

  /**
   * @param file the file name as the user knows it
   * @param line the 1-based line (or CSV record) number, 0 when the problem has no line
   * @param reason what is wrong
   */
  public FileFormatException(String file, long line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
