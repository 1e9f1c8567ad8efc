package vnie.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vnie.core.Document;
import vnie.io.AnnotatedCorpus;
import vnie.io.BratReader;
import vnie.io.InputFileException;

/** Reads a folder of brat files with their texts, for the commands that compare with gold. */
final class BratFolder {
  private BratFolder() {}

  /**
   * Every {@code .ann} under {@code annDir} with its text, by document name (the path under {@code
   * annDir} without extension, {@code test/x} for {@code annotations/test/x.ann}). The text is the
   * {@code .txt} beside the annotation, else the one at the same relative path under {@code
   * textDir} ({@code annotations/test/x.ann} → {@code corpus/test/x.txt}), else {@code
   * textDir/NAME.txt}.
   */
  static Map<String, Document> read(Path annDir, Path textDir) throws IOException {
    Map<String, Document> docs = new TreeMap<>();
    BratReader reader = new BratReader();
    for (Path ann : InputFiles.expand(List.of(annDir), ".ann")) {
      String fileId = fileId(ann);
      String id = name(annDir, ann);
      Path txt = ann.resolveSibling(fileId + ".txt");
      if (!Files.exists(txt)) {
        txt = textDir.resolve(id + ".txt");
      }
      if (!Files.exists(txt)) {
        txt = textDir.resolve(fileId + ".txt");
      }
      try {
        docs.put(id, named(reader.read(txt, ann), id));
      } catch (InputFileException e) {
        throw new IOException("cannot read " + ann + ": " + e.getMessage(), e);
      }
    }
    return docs;
  }

  /** The document names of the {@code .ann} files under {@code annDir}, without their texts. */
  static List<String> names(Path annDir) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path ann : InputFiles.expand(List.of(annDir), ".ann")) {
      names.add(name(annDir, ann));
    }
    return names;
  }

  /** Named by the relative path, as vnie extract names the documents of a folder. */
  private static String name(Path annDir, Path ann) {
    String relative = annDir.relativize(ann).toString().replace(File.separatorChar, '/');
    return relative.isEmpty()
        ? fileId(ann)
        : relative.substring(0, relative.length() - ".ann".length());
  }

  private static String fileId(Path ann) {
    String name = ann.getFileName().toString();
    return name.substring(0, name.length() - ".ann".length());
  }

  private static Document named(Document d, String id) {
    return new Document(
        id,
        d.text(),
        d.sentences(),
        d.mentions(),
        d.relations(),
        d.events(),
        d.persons(),
        d.layers());
  }

  /**
   * The texts of a gold folder: {@code --text} when given, else as {@link
   * AnnotatedCorpus#defaultTextDir} finds them.
   */
  static Path defaultTextDir(Path gold) throws IOException {
    return AnnotatedCorpus.defaultTextDir(gold);
  }
}
