package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
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

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    List<Sentence> sentences =
        new ArrayList<>(
            treebank.trainingSentences(List.of("train", "dev"), TagColumn.XPOS, out));
    List<Sentence> extra = treebank.extraSentences(TagColumn.XPOS, out);
    sentences.addAll(extra);
    SegmenterModel model =
        SegmenterTrainer.train(
            sentences,
            new SegmenterTrainer.Settings(
                trainer.algorithm, trainer.iterations, trainer.cutoff, folds));
    long bytes = treebank.write(model, ModelStore.SEGMENTER_FILE);
    out.printf(
        "segmenter: %d sentences of %s%s, %.1f s -> %s (%d KB)%n",
        sentences.size() - extra.size(),
        treebank.trainingNames(),
        extra.isEmpty() ? "" : " and " + extra.size() + " of " + String.join("+", treebank.extra),
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
}
