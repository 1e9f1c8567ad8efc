package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import opennlp.tools.postag.POSModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Sentence;
import vnie.eval.TreebankEvaluation;
import vnie.eval.TreebankScores;
import vnie.model.ModelStore;
import vnie.pos.ModelTagger;
import vnie.pos.PosTrainer;
import vnie.train.TreebankAlignment.TagColumn;

/** {@code vnie train pos}: the part-of-speech tagger over segmented words. */
@Command(
    name = "pos",
    mixinStandardHelpOptions = true,
    description = "Trains the part-of-speech tagger and writes OUT/" + ModelStore.POS_FILE + ".")
final class TrainPosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin TreebankOptions treebank;

  @Option(
      names = "--column",
      defaultValue = "XPOS",
      description = "Tag column: XPOS (VLSP tags, the default) or UPOS.")
  TagColumn column;

  @Option(
      names = "--auxiliary",
      split = ",",
      paramLabel = "SPLIT",
      defaultValue = "dev",
      description =
          "Splits tagged by other conventions, learnt from through domain-specific copies of the"
              + " word features (none: no such split); each --extra file is one more. Default:"
              + " ${DEFAULT-VALUE}.")
  List<String> auxiliary;

  @Mixin TrainerOptions trainer;

  @Option(names = "--beam", defaultValue = "1", description = "Beam size; 1 is greedy.")
  int beam;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    List<Sentence> sentences = treebank.trainingSentences(List.of("train"), column, out);
    List<String> auxiliarySplits = auxiliary.equals(List.of("none")) ? List.of() : auxiliary;
    treebank.checkNotEvaluated(auxiliarySplits);
    for (String split : auxiliarySplits) {
      if (treebank.splits.contains(split)) {
        throw new IllegalArgumentException(
            split
                + " is in both --on and --auxiliary; add --auxiliary none to train on it plainly");
      }
    }
    List<List<Sentence>> corpora = new ArrayList<>();
    corpora.add(treebank.sentences(auxiliarySplits, column));
    corpora.addAll(treebank.extraCorpora(column, out));
    int auxiliarySentences = corpora.stream().mapToInt(List::size).sum();
    POSModel model =
        PosTrainer.trainWithCorpora(
            sentences,
            corpora,
            new PosTrainer.Settings(trainer.algorithm, trainer.iterations, trainer.cutoff, beam));
    String file = column == TagColumn.XPOS ? ModelStore.POS_FILE : "pos-upos.bin";
    long bytes = treebank.write(model, file);
    out.printf(
        "pos (%s): %d sentences of %s and %d of %s, %.1f s -> %s (%d KB)%n",
        column,
        sentences.size(),
        treebank.trainingNames(),
        auxiliarySentences,
        auxiliaryNames(auxiliarySplits),
        (System.nanoTime() - started) / 1e9,
        treebank.out.resolve(file),
        bytes / 1024);
    if (treebank.evalSplit != null) {
      List<Sentence> gold = treebank.sentences(List.of(treebank.evalSplit), column);
      // End to end with the segmenter in the output folder, else the shipped one.
      var segmenter = ModelStore.folder(treebank.out).segmenter();
      TreebankScores scores = TreebankEvaluation.all(gold, segmenter, new ModelTagger(model));
      out.println(Reports.segmentation(treebank.evalSplit, scores));
      out.println(Reports.tagging(treebank.evalSplit, scores));
    }
    out.flush();
    return 0;
  }

  private String auxiliaryNames(List<String> splits) {
    List<String> names = new ArrayList<>(splits);
    names.addAll(treebank.extra);
    return names.isEmpty() ? "no auxiliary corpus" : String.join("+", names);
  }
}
