package vnie.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.model.BaseModel;
import picocli.CommandLine.Option;
import vnie.core.Sentence;
import vnie.io.AtomicFiles;
import vnie.text.Tokenizer;
import vnie.train.Treebank;
import vnie.train.TreebankAlignment;

/** The options every {@code vnie train} subcommand shares: where the data is and the model goes. */
final class TreebankOptions {
  @Option(
      names = "--data",
      required = true,
      paramLabel = "DIR",
      description = "Folder with *-ud-train.conllu, *-ud-dev.conllu and *-ud-test.conllu.")
  Path data;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "models",
      description = "Folder the model is written to. Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--on",
      split = ",",
      paramLabel = "SPLIT",
      description =
          "Splits to train on. Default: train,dev for the segmenter; train for pos, whose"
              + " --auxiliary split is dev (its XPOS tags follow other conventions).")
  List<String> splits;

  @Option(
      names = "--add",
      split = ",",
      paramLabel = "FILE",
      description =
          "Further CoNLL-U files annotated as the training splits are, relative to --data unless"
              + " absolute (e.g. ../ud-vi-vtb-r2.11/vi_vtb-ud-dev-r2.11.conllu, the dev split of"
              + " UD 2.11): more training sentences for either model. Their sentences that test or"
              + " the --eval split also has are left out.")
  List<String> added = List.of();

  @Option(
      names = "--extra",
      split = ",",
      paramLabel = "FILE",
      description =
          "Further CoNLL-U files to learn from, relative to --data unless absolute (e.g."
              + " not-to-release/vi_vtb-ud-dev-1.conllu): for the segmenter more training"
              + " sentences, for pos one more auxiliary corpus each, with its own domain copies."
              + " Their sentences that test or the --eval split also has are left out.")
  List<String> extra = List.of();

  @Option(
      names = "--eval",
      paramLabel = "SPLIT",
      description = "Scores the new model on this split (e.g. test) after training.")
  String evalSplit;

  /** The sentences of {@code splits}, with vnie's tokens and the gold words and tags. */
  List<Sentence> sentences(List<String> which, TreebankAlignment.TagColumn column)
      throws IOException {
    if (!Files.isDirectory(data)) {
      throw new BadUsageException(
          "--data "
              + data
              + " is not a folder; give the folder of UD Vietnamese-VTB (*-ud-train.conllu …),"
              + " from https://github.com/UniversalDependencies/UD_Vietnamese-VTB");
    }
    return new TreebankAlignment(new Tokenizer(), column).alignAll(new Treebank(data).read(which));
  }

  /**
   * The training sentences of {@code --on}, or of {@code defaults} without it, then those of {@code
   * --add}; refuses to train on the split it is asked to score, and says on {@code out} how many
   * sentences of the added files were left out.
   */
  List<Sentence> trainingSentences(
      List<String> defaults, TreebankAlignment.TagColumn column, PrintWriter out)
      throws IOException {
    if (splits == null) {
      splits = defaults;
    }
    checkNotEvaluated(splits);
    List<Sentence> sentences = new ArrayList<>(sentences(splits, column));
    for (String file : added) {
      sentences.addAll(fileSentences(file, column, out));
    }
    return sentences;
  }

  /** The names of the training splits and added files, joined by {@code +}. */
  String trainingNames() {
    List<String> names = new ArrayList<>(splits);
    for (String file : added) {
      names.add(Path.of(file).getFileName().toString());
    }
    return String.join("+", names);
  }

  /** Refuses to learn from the split that {@code --eval} scores. */
  void checkNotEvaluated(List<String> trainingSplits) {
    if (evalSplit != null && trainingSplits.contains(evalSplit)) {
      throw new IllegalArgumentException("trained on the split --eval scores: " + evalSplit);
    }
  }

  /**
   * The sentences of {@code --extra}, without those of test and of the {@code --eval} split; says
   * on {@code out} how many were left out.
   */
  List<Sentence> extraSentences(TreebankAlignment.TagColumn column, PrintWriter out)
      throws IOException {
    List<Sentence> all = new ArrayList<>();
    extraCorpora(column, out).forEach(all::addAll);
    return all;
  }

  /** The sentences of each {@code --extra} file, as {@link #extraSentences}. */
  List<List<Sentence>> extraCorpora(TreebankAlignment.TagColumn column, PrintWriter out)
      throws IOException {
    List<List<Sentence>> corpora = new ArrayList<>();
    for (String file : extra) {
      corpora.add(fileSentences(file, column, out));
    }
    return corpora;
  }

  private List<Sentence> fileSentences(
      String file, TreebankAlignment.TagColumn column, PrintWriter out) throws IOException {
    List<String> excluded = new ArrayList<>(List.of("test"));
    if (evalSplit != null && !excluded.contains(evalSplit)) {
      excluded.add(evalSplit);
    }
    Treebank.Extra read = new Treebank(data).readExtra(List.of(file), excluded);
    if (read.leftOut() > 0) {
      out.printf(
          "%s: %d sentences left out, also in %s%n",
          file, read.leftOut(), String.join("+", excluded));
    }
    return new TreebankAlignment(new Tokenizer(), column).alignAll(read.sentences());
  }

  /** Writes {@code model} to {@code out/file} and returns its size in bytes. */
  long write(BaseModel model, String file) throws IOException {
    Files.createDirectories(out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    AtomicFiles.write(out.resolve(file), bytes.toByteArray());
    return bytes.size();
  }
}
