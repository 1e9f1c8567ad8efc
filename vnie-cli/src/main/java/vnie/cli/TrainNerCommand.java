package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.eval.ScoreReport;
import vnie.ner.LabelledDocument;
import vnie.ner.NameModel;
import vnie.ner.NameModelTrainer;
import vnie.train.NameModelCrossValidation;
import vnie.train.NameModelData;

/** {@code vnie train ner}: trains the name model, or cross-validates it. */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains the OpenNLP name model from brat annotations (and optionally plain texts labelled"
          + " by the precise rules) and writes OUT/"
          + NameModel.FILE_NAME
          + ".",
      "With --cross-validate K, scores it instead by K folds of documents (K = number of"
          + " documents: leave one document out): the model alone, the rules alone, and both."
    })
final class TrainNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold .ann files.")
  Path gold;

  @Option(
      names = "--text",
      paramLabel = "DIR",
      description = "Folder of the .txt files; default: the gold folder, else ../corpus beside it.")
  Path textDir;

  @Option(
      names = "--silver",
      paramLabel = "DIR",
      description =
          "Plain .txt files to label with the precise rules and add to the training data.")
  List<Path> silver = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model.")
  Path out;

  @Option(
      names = "--cross-validate",
      paramLabel = "K",
      description = "Score by K-fold cross-validation over the gold documents; writes no model.")
  Integer folds;

  @Option(names = "--iterations", paramLabel = "N", description = "Trainer iterations (150).")
  int iterations = NameModelTrainer.Options.defaults().iterations();

  @Option(names = "--cutoff", paramLabel = "N", description = "Feature count cutoff (1).")
  int cutoff = NameModelTrainer.Options.defaults().cutoff();

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    NameModelData data = new NameModelData();
    Path texts = textDir != null ? textDir : defaultTextDir();
    List<LabelledDocument> annotated = data.annotated(gold, texts);
    List<LabelledDocument> extra = new ArrayList<>();
    for (Path folder : silver) {
      extra.addAll(data.silver(folder));
    }
    NameModelTrainer.Options options =
        new NameModelTrainer.Options(
            iterations, cutoff, NameModelTrainer.Options.defaults().types());
    if (folds != null) {
      NameModelCrossValidation.Result r =
          NameModelCrossValidation.run(annotated, folds, options, extra);
      stdout.printf("%d-fold cross-validation over %d documents%n", r.folds(), annotated.size());
      stdout.println("\n== model alone\n" + ScoreReport.table(r.modelOnly()));
      stdout.println("== rules alone\n" + ScoreReport.table(r.rulesOnly()));
      stdout.println("== rules + model\n" + ScoreReport.table(r.rulesAndModel()));
      stdout.flush();
      return 0;
    }
    if (out == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give --out DIR to write a model, or --cross-validate K");
    }
    List<LabelledDocument> all = new ArrayList<>(annotated);
    all.addAll(extra);
    NameModelTrainer trainer = new NameModelTrainer(options);
    NameModel model = trainer.train(all);
    Path file = out.resolve(NameModel.FILE_NAME);
    model.save(file);
    stdout.printf(
        "vnie: trained on %d documents (%d annotated), %d labels skipped -> %s%n",
        all.size(), annotated.size(), trainer.skippedLabels(), file);
    stdout.flush();
    return 0;
  }

  private Path defaultTextDir() {
    Path sibling = gold.toAbsolutePath().normalize().resolveSibling("corpus");
    return Files.isDirectory(sibling) ? sibling : gold;
  }
}
