package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Sentence;
import vnie.eval.TreebankEvaluation;
import vnie.eval.TreebankScores;
import vnie.model.ModelStore;
import vnie.segment.ModelSegmenter;
import vnie.segment.SegmenterModel;
import vnie.segment.SegmenterTrainer;
import vnie.segment.WordList;
import vnie.train.TreebankAlignment.TagColumn;

/** {@code vnie train segmenter}: the syllable tagger that finds word boundaries. */
@Command(
    name = "segmenter",
    mixinStandardHelpOptions = true,
    description = "Trains the word segmenter and writes OUT/" + ModelStore.SEGMENTER_FILE + ".")
final class TrainSegmenterCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TreebankOptions treebank;

  @Mixin TrainerOptions trainer;

  @Option(
      names = "--dictionary-folds",
      defaultValue = "5",
      description =
          "Folds for the dictionary features of training events. Default: ${DEFAULT-VALUE}.")
  int folds;

  @Option(
      names = "--lexicon",
      paramLabel = "FILE",
      description =
          "Word list whose words the lexicon features look up (UTF-8, one word a line, syllables"
              + " separated by spaces or _), stored in the model; none for no lexicon. Default: the"
              + " vocabulary shipped with vnie (RDRsegmenter's 34,203 words).")
  String lexicon;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    List<Sentence> sentences =
        new ArrayList<>(treebank.trainingSentences(List.of("train", "dev"), TagColumn.XPOS, out));
    List<Sentence> extra = treebank.extraSentences(TagColumn.XPOS, out);
    sentences.addAll(extra);
    WordList words = lexiconWords();
    SegmenterModel model =
        SegmenterTrainer.train(
            sentences,
            words,
            new SegmenterTrainer.Settings(
                trainer.algorithm, trainer.iterations, trainer.cutoff, folds));
    long bytes = treebank.write(model, ModelStore.SEGMENTER_FILE);
    out.printf(
        "segmenter: %d sentences of %s%s, lexicon of %d words, %.1f s -> %s (%d KB)%n",
        sentences.size() - extra.size(),
        treebank.trainingNames(),
        extra.isEmpty() ? "" : " and " + extra.size() + " of " + String.join("+", treebank.extra),
        words.size(),
        (System.nanoTime() - started) / 1e9,
        treebank.out.resolve(ModelStore.SEGMENTER_FILE),
        bytes / 1024);
    if (treebank.evalSplit != null) {
      List<Sentence> gold = treebank.sentences(List.of(treebank.evalSplit), TagColumn.XPOS);
      TreebankScores scores = TreebankEvaluation.segmentation(gold, new ModelSegmenter(model));
      out.println(Reports.segmentation(treebank.evalSplit, scores));
    }
    out.flush();
    return 0;
  }

  private WordList lexiconWords() throws IOException {
    if (lexicon == null) {
      return WordList.shipped();
    }
    return lexicon.equals("none") ? WordList.empty() : WordList.read(Path.of(lexicon));
  }
}
