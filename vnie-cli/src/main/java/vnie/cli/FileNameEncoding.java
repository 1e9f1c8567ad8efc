package vnie.cli;

import java.io.File;
import java.util.Locale;
import java.util.Optional;

/**
 * Java reads file names in the character set of the locale it started under, and no option changes
 * that. Under a locale that is not UTF-8 ({@code LC_ALL=C}) on Linux, {@code Huế.txt} and {@code
 * Huề.txt} both become {@code Hu???.txt}. The launchers start Java under {@code C.UTF-8} then; run
 * as {@code java -jar}, vnie says so once before it starts.
 */
final class FileNameEncoding {
  private FileNameEncoding() {}

  /** The warning for this JVM, if its file names are not read as UTF-8. */
  static Optional<String> warning() {
    return warning(System.getProperty("sun.jnu.encoding", ""), File.separatorChar);
  }

  /**
   * The warning for a JVM whose file names are read in {@code encoding}; none on Windows ({@code
   * separator} '\'), whose file names are UTF-16 whatever the encoding says.
   */
  static Optional<String> warning(String encoding, char separator) {
    String name = encoding.toUpperCase(Locale.ROOT).replace("-", "");
    if (separator == '\\' || name.equals("UTF8") || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "warning: the locale's character set is "
            + encoding
            + ", so file names beyond ASCII (Vietnamese ones) are misread; run vnie through"
            + " its launcher, or with LC_ALL=C.UTF-8");
  }
}
