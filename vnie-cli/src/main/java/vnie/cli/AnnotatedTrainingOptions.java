package vnie.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;
import vnie.core.Lexicons;
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

  @Option(
      names = "--leave-out",
      paramLabel = "FILE",
      description =
          "A file of document names (one a line, # starts a comment) left out of training.")
  Path leaveOut;

  /** The documents to train on and the {@code --gold} documents that {@code --leave-out} names. */
  record Split(List<LabelledDocument> train, List<LabelledDocument> leftOut) {}

  /**
   * The first {@code --fraction} of the {@code --gold} documents, less those {@code --leave-out}
   * names, analysed by the rules.
   */
  List<LabelledDocument> training(TrainingDocuments data) throws IOException {
    return split(data).train();
  }

  /**
   * The first {@code --fraction} of the {@code --gold} documents less those {@code --leave-out}
   * names, and the documents it names, all analysed by the rules.
   */
  Split split(TrainingDocuments data) throws IOException {
    if (fraction <= 0 || fraction > 1) {
      throw new IllegalArgumentException("--fraction must be above 0 and at most 1");
    }
    Set<String> left = leftOut();
    Set<String> unused = new TreeSet<>(left);
    List<LabelledDocument> train = new ArrayList<>();
    List<LabelledDocument> leftOutDocs = new ArrayList<>();
    for (Path folder : gold) {
      for (LabelledDocument d :
          data.annotated(
              folder, textDir != null ? textDir : AnnotatedCorpus.defaultTextDir(folder))) {
        String name = baseName(d.gold().id());
        unused.remove(name);
        (left.contains(name) ? leftOutDocs : train).add(d);
      }
    }
    // A name that matches nothing is a typo or a stale list: say so rather than train on it.
    if (!unused.isEmpty()) {
      throw new IllegalArgumentException(
          "--leave-out "
              + leaveOut
              + " names documents that --gold does not have: "
              + String.join(", ", unused)
              + "; correct or remove them");
    }
    return new Split(
        List.copyOf(train.subList(0, (int) Math.ceil(train.size() * fraction))),
        List.copyOf(leftOutDocs));
  }

  private Set<String> leftOut() throws IOException {
    Set<String> names = new HashSet<>();
    if (leaveOut == null) {
      return names;
    }
    try (Reader in = Files.newBufferedReader(leaveOut, StandardCharsets.UTF_8)) {
      for (Lexicons.Line line : Lexicons.read(in)) {
        names.add(baseName(line.cells().get(0)));
      }
    }
    return names;
  }

  /** {@code train/abc-1} and {@code abc-1.ann} name the document {@code abc-1}. */
  private static String baseName(String id) {
    String name = id.substring(id.lastIndexOf('/') + 1);
    return name.endsWith(".ann") ? name.substring(0, name.length() - 4) : name;
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
