package vnie.train;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The hand-written CoNLL-U sample under {@code src/test/resources/vnie/treebank}. */
public final class TinyTreebank {
  private TinyTreebank() {}

  /** The folder with {@code tiny-ud-train.conllu}, {@code -dev} and {@code -test}. */
  public static Path folder() {
    try {
      return Path.of(TinyTreebank.class.getResource("/vnie/treebank").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
