package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vnie.eval.CorpusStatistics;
import vnie.io.AnnotatedCorpus;
import vnie.io.BratReader;
import vnie.io.InputFileException;

/** {@code vnie stats}: the size of an annotated corpus, per split folder and in all. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Counts an annotated corpus: documents, characters, entity mentions per type, relations"
          + " per type, events per type and event arguments, one row per first-level folder of"
          + " the gold folder (the splits train, dev, test) and one for all, as a Markdown table.",
      "Reads the files as vnie evaluate does; run vnie validate first to find broken files."
    })
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldCorpusOptions input;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    AnnotatedCorpus corpus = input.corpus();
    if (corpus.pairs().isEmpty()) {
      throw new IOException("no annotated document " + input.whereLooked());
    }
    CorpusStatistics statistics = new CorpusStatistics();
    BratReader reader = new BratReader();
    for (AnnotatedCorpus.Pair pair : corpus.pairs()) {
      try {
        statistics.add(pair.group(), reader.read(pair.text(), pair.annotation()));
      } catch (InputFileException e) {
        throw new IOException(
            "cannot read "
                + pair.annotation()
                + ": "
                + e.getMessage()
                + " (vnie validate lists"
                + " what is wrong)",
            e);
      }
    }
    out.print(statistics.markdownTable());
    out.flush();
    return 0;
  }
}
