package vnie.batch;

import java.nio.file.Path;
import vnie.io.TextFileReader;

/**
 * An input file of a batch and the name its document gets, which the {@code doc} column holds.
 *
 * @param file the file to read
 * @param name the document name: a path with {@code /} between folders, without {@code .txt}
 */
public record Input(Path file, String name) {
  /** A file named by its file name alone ({@code article} for {@code corpus/2023/article.txt}). */
  public static Input named(Path file) {
    return new Input(file, documentName(null, file));
  }

  /**
   * The name of {@code file} found under {@code root}: its relative path without {@code .txt}, with
   * {@code /} on every system; its file name when {@code root} is null.
   */
  static String documentName(Path root, Path file) {
    if (root == null) {
      return TextFileReader.documentId(file);
    }
    Path relative = root.relativize(file);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      name.append(relative.getName(i)).append('/');
    }
    return name.append(TextFileReader.documentId(file)).toString();
  }
}
