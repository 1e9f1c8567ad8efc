package vnie.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import vnie.io.AnnotatedCorpus;
import vnie.io.AtomicFiles;
import vnie.ner.LabelledDocument;
import vnie.train.TrainingDocuments;

/**
 * The options that {@code vnie train ner} and {@code vnie train events} share: the annotations to
 * train on, a development set to score on, the output folder and the share of the data to use.
 */
final class AnnotatedTrainingOptions {
  /** Writes a model to a stream. */
  @FunctionalInterface
  interface ModelWriter {
    void write(java.io.OutputStream out) throws IOException;
  }

  @Option(
      names = "--gold",
      arity = "1..*",
      required = true,
      paramLabel = "DIR",
      description =
          "Folders of gold .ann files to train on (searched recursively), their texts at the"
              + " same relative paths under corpus/ beside an ancestor (or --text).")
  List<Path> gold;

  @Option(
      names = "--text",
      paramLabel = "DIR",
      description = "Their .txt files; default: beside them, else the same folder under corpus/.")
  Path textDir;

  @Option(names = "--dev", paramLabel = "DIR", description = "Gold .ann files to score on.")
  Path dev;

  @Option(names = "--dev-text", paramLabel = "DIR", description = "Their .txt files.")
  Path devTextDir;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the model.")
  Path out;

  @Option(
      names = "--fraction",
      paramLabel = "F",
      description = "Train on the first F (0 to 1) of the documents in name order. Default: 1.")
  double fraction = 1.0;

  /** The first {@code --fraction} of the {@code --gold} documents, analysed by the rules. */
  List<LabelledDocument> training(TrainingDocuments data) throws IOException {
    if (fraction <= 0 || fraction > 1) {
      throw new IllegalArgumentException("--fraction must be above 0 and at most 1");
    }
    List<LabelledDocument> train = new ArrayList<>();
    for (Path folder : gold) {
      train.addAll(
          data.annotated(
              folder, textDir != null ? textDir : AnnotatedCorpus.defaultTextDir(folder)));
    }
    return train.subList(0, (int) Math.ceil(train.size() * fraction));
  }

  /** The {@code --dev} documents; empty without {@code --dev}. */
  List<LabelledDocument> development(TrainingDocuments data) throws IOException {
    if (dev == null) {
      return List.of();
    }
    return data.annotated(
        dev, devTextDir != null ? devTextDir : AnnotatedCorpus.defaultTextDir(dev));
  }

  /**
   * Writes the model to {@code --out/fileName} in one step (a killed run leaves the previous model
   * whole), and says so; nothing without {@code --out}.
   */
  void write(String fileName, ModelWriter model, PrintWriter stdout) throws IOException {
    if (out == null) {
      return;
    }
    Files.createDirectories(out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.write(bytes);
    Path file = out.resolve(fileName);
    AtomicFiles.write(file, bytes.toByteArray());
    stdout.printf("vnie: wrote %s%n", file);
  }
}
