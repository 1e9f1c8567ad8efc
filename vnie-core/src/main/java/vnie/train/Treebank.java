package vnie.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A UD treebank folder with its {@code *-ud-train.conllu}, {@code -dev} and {@code -test} files.
 */
public record Treebank(Path folder) {
  /**
   * The sentences of further CoNLL-U files, read by {@link Treebank#readExtra}.
   *
   * @param sentences the sentences kept, in file order
   * @param leftOut how many sentences were left out because an excluded split has them
   */
  public record Extra(List<TreebankSentence> sentences, int leftOut) {}

  /** The sentences of the named splits, in order, with dev's XPOS tags mapped to train's scheme. */
  public List<TreebankSentence> read(List<String> splits) throws IOException {
    List<TreebankSentence> out = new ArrayList<>();
    for (String split : splits) {
      out.addAll(readFile(file(split)));
    }
    return out;
  }

  /**
   * The sentences of further CoNLL-U {@code files} (relative to the treebank folder unless
   * absolute, e.g. {@code not-to-release/vi_vtb-ud-dev-1.conllu}), with their XPOS tags mapped to
   * train's scheme. A sentence that one of the {@code excluded} splits also has (the same words,
   * case aside) is left out, so that a file outside the release cannot bring test sentences into
   * training.
   */
  public Extra readExtra(List<String> files, List<String> excluded) throws IOException {
    Set<String> seen = new HashSet<>();
    for (TreebankSentence s : read(excluded)) {
      seen.add(key(s));
    }
    List<TreebankSentence> out = new ArrayList<>();
    int leftOut = 0;
    for (String name : files) {
      for (TreebankSentence s : readFile(folder.resolve(name))) {
        if (seen.contains(key(s))) {
          leftOut++;
        } else {
          out.add(s);
        }
      }
    }
    return new Extra(out, leftOut);
  }

  /** The file of {@code split}, e.g. {@code vi_vtb-ud-test.conllu} for {@code test}. */
  public Path file(String split) throws IOException {
    String suffix = "-ud-" + split + ".conllu";
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> found =
          files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
      if (found.size() != 1) {
        throw new IOException(
            "expected one *" + suffix + " in " + folder + ", found " + found.size());
      }
      return found.get(0);
    }
  }

  private static List<TreebankSentence> readFile(Path file) throws IOException {
    List<TreebankSentence> out = new ArrayList<>();
    for (TreebankSentence s : ConlluReader.read(file)) {
      out.add(
          new TreebankSentence(s.id(), s.words().stream().map(XposScheme::normalized).toList()));
    }
    return out;
  }

  /** The sentence's words joined by spaces, lowercased: equal for the same sentence in any case. */
  private static String key(TreebankSentence s) {
    return s.text().toLowerCase(Locale.ROOT);
  }
}
