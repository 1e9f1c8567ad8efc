package vnie.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A UD treebank folder with its {@code *-ud-train.conllu}, {@code -dev} and {@code -test} files.
 */
public record Treebank(Path folder) {
  /** The sentences of the named splits, in order, with dev's XPOS tags mapped to train's scheme. */
  public List<TreebankSentence> read(List<String> splits) throws IOException {
    List<TreebankSentence> out = new ArrayList<>();
    for (String split : splits) {
      for (TreebankSentence s : ConlluReader.read(file(split))) {
        out.add(
            new TreebankSentence(s.id(), s.words().stream().map(XposScheme::normalized).toList()));
      }
    }
    return out;
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
}
