package vnie.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Pairs the texts of a corpus with their brat annotations by relative path, as {@code
 * check_brat.py} does: {@code TEXTS/train/x.txt} with {@code GOLD/train/x.ann}. A corpus laid out
 * in split folders ({@code corpus/test}, {@code annotations/test}) is read as it is.
 *
 * @param pairs every text with an annotation, sorted by relative name
 * @param textsWithoutAnnotation texts that have no {@code .ann} at the same relative path
 * @param annotationsWithoutText annotations that have no {@code .txt} at the same relative path
 */
public record AnnotatedCorpus(
    List<Pair> pairs, List<Path> textsWithoutAnnotation, List<Path> annotationsWithoutText) {

  /**
   * One annotated document.
   *
   * @param name the path relative to the corpus root without extension, with {@code /} between
   *     folders ({@code train/tran-waterloo-1})
   */
  public record Pair(String name, Path text, Path annotation) {
    /** The first folder of the name ({@code train}), or empty for a document at the root. */
    public String group() {
      int slash = name.indexOf('/');
      return slash < 0 ? "" : name.substring(0, slash);
    }

    /** The file name without extension: the document's id in vnie's tables. */
    public String id() {
      return name.substring(name.lastIndexOf('/') + 1);
    }
  }

  public AnnotatedCorpus {
    pairs = List.copyOf(pairs);
    textsWithoutAnnotation = List.copyOf(textsWithoutAnnotation);
    annotationsWithoutText = List.copyOf(annotationsWithoutText);
  }

  /**
   * Finds the pairs under {@code goldDir} and {@code textDir} (the same folder when the texts lie
   * beside the annotations).
   *
   * @throws IOException when a folder cannot be listed
   */
  public static AnnotatedCorpus find(Path goldDir, Path textDir) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new IOException(
          "the annotation folder " + goldDir + " does not exist or is not a folder");
    }
    if (!Files.isDirectory(textDir)) {
      throw new IOException(
          "the text folder " + textDir + " does not exist or is not a folder; name it with --text");
    }
    Set<String> texts = relativeNames(textDir, ".txt");
    Set<String> anns = relativeNames(goldDir, ".ann");
    List<Pair> pairs = new ArrayList<>();
    List<Path> textsOnly = new ArrayList<>();
    List<Path> annsOnly = new ArrayList<>();
    for (String name : texts) {
      if (anns.contains(name)) {
        pairs.add(new Pair(name, textDir.resolve(name + ".txt"), goldDir.resolve(name + ".ann")));
      } else {
        textsOnly.add(textDir.resolve(name + ".txt"));
      }
    }
    for (String name : anns) {
      if (!texts.contains(name)) {
        annsOnly.add(goldDir.resolve(name + ".ann"));
      }
    }
    return new AnnotatedCorpus(pairs, textsOnly, annsOnly);
  }

  /**
   * The text folder that belongs to {@code goldDir} when none is named: the gold folder itself when
   * its {@code .ann} files have their {@code .txt} beside them; else the same relative folder under
   * a {@code corpus} folder beside one of its ancestors ({@code annotations/test} → {@code
   * corpus/test}, {@code annotations} → {@code corpus}).
   */
  public static Path defaultTextDir(Path goldDir) throws IOException {
    if (!relativeNames(goldDir, ".txt").isEmpty() || !Files.isDirectory(goldDir)) {
      return goldDir;
    }
    Path gold = goldDir.toAbsolutePath().normalize();
    for (Path level = gold; level != null && level.getParent() != null; level = level.getParent()) {
      Path candidate = level.resolveSibling("corpus").resolve(level.relativize(gold).toString());
      if (!level.getFileName().toString().equals("corpus") && Files.isDirectory(candidate)) {
        // Relative when the gold folder was given relative, so messages name short paths.
        return goldDir.isAbsolute()
            ? candidate
            : Path.of("").toAbsolutePath().relativize(candidate);
      }
    }
    return goldDir;
  }

  private static Set<String> relativeNames(Path root, String extension) throws IOException {
    Set<String> names = new TreeSet<>();
    if (!Files.isDirectory(root)) {
      return names;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(extension))
          .forEach(
              p -> {
                String relative = root.relativize(p).toString().replace('\\', '/');
                names.add(relative.substring(0, relative.length() - extension.length()));
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return names;
  }
}
