package vnie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vnie.core.Document;
import vnie.io.BratReader;
import vnie.io.InputFileException;

/** Reads a folder of brat files with their texts, for the commands that compare with gold. */
final class BratFolder {
  private BratFolder() {}

  /**
   * Every {@code NAME.ann} of {@code annDir} with its {@code NAME.txt} from beside it or else from
   * {@code textDir}, by document name.
   */
  static Map<String, Document> read(Path annDir, Path textDir) throws IOException {
    Map<String, Document> docs = new TreeMap<>();
    BratReader reader = new BratReader();
    for (Path ann : InputFiles.expand(List.of(annDir), ".ann")) {
      String name = ann.getFileName().toString();
      String id = name.substring(0, name.length() - ".ann".length());
      Path txt = ann.resolveSibling(id + ".txt");
      if (!Files.exists(txt)) {
        txt = textDir.resolve(id + ".txt");
      }
      try {
        docs.put(id, reader.read(txt, ann));
      } catch (InputFileException e) {
        throw new IOException("cannot read " + ann + ": " + e.getMessage(), e);
      }
    }
    return docs;
  }

  /** The texts of a gold folder: {@code --text} when given, else {@code corpus/} beside it. */
  static Path defaultTextDir(Path gold) {
    Path sibling = gold.toAbsolutePath().normalize().resolveSibling("corpus");
    return Files.isDirectory(sibling) ? sibling : gold;
  }
}
