package vnie.cli;

import java.nio.file.Path;

/** Test data of the library that the command tests use too (they run in the repository's root). */
final class Treebanks {
  private Treebanks() {}

  /** The hand-written CoNLL-U sample of vnie-core's tests ({@code tiny-ud-train.conllu}, …). */
  static final Path TINY = Path.of("vnie-core", "src", "test", "resources", "vnie", "treebank");
}
