package vnie.io;

/**
 * One way a brat file breaks the annotation guidelines.
 *
 * @param file the {@code .ann} file name
 * @param line the 1-based line, or 0 for a problem of the whole file (such as a text not in NFC)
 * @param message what is wrong, naming the ids involved
 */
public record BratProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
