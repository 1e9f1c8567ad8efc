package vnie.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vnie.io.AnnotatedCorpus;

/** The annotated corpus that {@code vnie validate} and {@code vnie stats} read. */
final class GoldCorpusOptions {
  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "Folder of .ann files (searched recursively).")
  Path gold;

  @Option(
      names = "--text",
      paramLabel = "DIR",
      description =
          "Folder of the .txt files. Default: the gold folder when the texts lie beside the"
              + " annotations, else the same folder under a corpus/ folder beside an ancestor"
              + " (annotations/test -> corpus/test).")
  Path textDir;

  /** The folder of the texts: {@code --text}, or the default beside the annotations. */
  Path texts() throws IOException {
    return textDir != null ? textDir : AnnotatedCorpus.defaultTextDir(gold);
  }

  /** Where the corpus was looked for, for the message that says none was found there. */
  String whereLooked() throws IOException {
    return "under " + gold + " with texts under " + texts();
  }

  /** The texts paired with their annotations. */
  AnnotatedCorpus corpus() throws IOException {
    return AnnotatedCorpus.find(gold, texts());
  }
}
