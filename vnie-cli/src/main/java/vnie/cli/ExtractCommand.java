package vnie.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vnie.InputExtraction;
import vnie.Vnie;
import vnie.batch.BatchExtractor;
import vnie.batch.BatchOptions;
import vnie.batch.BatchSummary;
import vnie.batch.InputPaths;
import vnie.batch.Progress;
import vnie.core.Document;
import vnie.io.InputFileException;
import vnie.io.TextFileReader;
import vnie.io.VnCoreNlpReader;

/** {@code vnie extract}: runs the pipeline over files and folders and writes the results. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts entities, relations, events and persons from text files and writes"
          + " OUT/entities.csv, relations.csv, events.csv, event_arguments.csv and persons.csv"
          + " (and, with --format brat, one .ann per document).",
      "Files that cannot be read are listed in OUT/errors.csv and on standard error; the others"
          + " are still processed. Exit code 0 when every file was processed, 1 when one failed"
          + " or the run stopped, 2 on bad usage.",
      "Documents run in parallel; rows are written in input order, so the tables do not depend"
          + " on --threads. Tables are renamed into place at the end; --resume continues a killed"
          + " run."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    csv,
    brat,
    conll
  }

  enum InputFormat {
    text,
    vncorenlp
  }

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description =
          "Text files, folders (searched recursively), quoted glob patterns such as"
              + " 'corpus/**/*.txt', or - to read one path a line from standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--stdin", description = "Read the input paths from standard input, one a line.")
  boolean stdin;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads. Default: all cores (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--resume",
      description =
          "Continue a killed run in --out: skip the inputs it finished (same inputs, same order).")
  boolean resume;

  @Option(names = "--quiet", description = "No progress on standard error.")
  boolean quiet;

  @Option(
      names = "--max-doc-chars",
      paramLabel = "N",
      description =
          "Refuse documents longer than N characters, so one huge file cannot exhaust the heap."
              + " Default: ${DEFAULT-VALUE}.")
  int maxDocumentChars = InputExtraction.DEFAULT_MAX_DOCUMENT_CHARS;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "Output formats: csv (always written), brat, conll (VnCoreNLP columns)."
              + " Default: ${DEFAULT-VALUE}.",
      defaultValue = "csv")
  List<Format> formats;

  @Option(
      names = "--ext",
      paramLabel = "EXT",
      defaultValue = ".txt",
      description = "File extension searched for in folders. Default: ${DEFAULT-VALUE}.")
  String extension;

  @Option(
      names = "--entities",
      paramLabel = "DIR",
      description =
          "Take the entity mentions from the brat files NAME.ann in DIR instead of the entity"
              + " rules, to judge the relation, event and person rules apart from entity errors.")
  Path goldEntities;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (plain text), or vncorenlp: VnCoreNLP output, word-segmented text or its"
              + " tab-separated columns, whose words and tags are kept. Default: ${DEFAULT-VALUE}.")
  InputFormat inputFormat;

  @Option(
      names = "--original",
      paramLabel = "DIR",
      description =
          "With --input-format vncorenlp: folder of the original texts (NAME.txt), to which"
              + " offsets then point; without it the text is rebuilt from the words.")
  Path originals;

  @Option(
      names = "--models",
      paramLabel = "DIR",
      description = "Folder of trained models to use instead of the ones shipped with vnie.")
  Path models;

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "A rule pack: its files replace the shipped ones of the same path (ner/ranks.tsv,"
              + " event/triggers.tsv …) and its manifest.tsv may add files. Checked whole before"
              + " the first document (see vnie rules check).")
  Path rules;

  @Option(
      names = "--rules-only",
      description = "Find entities, relations and events with the rules alone, without the models.")
  boolean rulesOnly;

  // On Java 17, which vnie targets, System.console() is null exactly when no terminal is attached.
  @SuppressWarnings("SystemConsoleNull")
  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (originals != null && inputFormat != InputFormat.vncorenlp) {
      throw new ParameterException(
          spec.commandLine(), "--original is for --input-format vncorenlp only");
    }
    Files.createDirectories(out);
    Vnie.Builder builder = Vnie.builder();
    if (models != null) {
      builder.models(models);
    }
    if (rules != null) {
      builder.rules(rules);
    }
    if (rulesOnly) {
      builder.rulesOnly();
    }
    if (goldEntities != null) {
      // The hand annotations make the entities, so they replace the rules and the model as one.
      builder.replace(new BratEntityStage(goldEntities));
    }
    Vnie vnie = builder.build();
    List<String> arguments = new ArrayList<>(inputs);
    if (stdin) {
      arguments.add("-");
    }
    if (arguments.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give INPUT files or folders, or --stdin");
    }
    TextFileReader reader = new TextFileReader();
    BatchOptions options =
        new BatchOptions(
            out,
            threads,
            resume,
            formats.contains(Format.brat),
            formats.contains(Format.conll),
            maxDocumentChars);
    boolean terminal = System.console() != null;
    Progress progress = new Progress(err, terminal, quiet, System::nanoTime);
    if (!quiet && !arguments.contains("-")) {
      countInBackground(arguments, progress);
    }
    BufferedReader standardInput =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    InputPaths paths = new InputPaths(arguments, extension, standardInput);
    BatchSummary summary =
        new BatchExtractor(vnie, paths.refusing(file -> read(reader, file)), options, err, progress)
            .run(paths);
    err.printf(
        "vnie: %d documents, %d mentions, %d relations, %d events, %d files failed%s -> %s%n",
        summary.documents(),
        summary.mentions(),
        summary.relations(),
        summary.events(),
        summary.failed(),
        summary.resumed() > 0 ? ", " + summary.resumed() + " done before resuming" : "",
        out);
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  /** Counts the inputs on a side thread, so that the progress can show an ETA. */
  private void countInBackground(List<String> arguments, Progress progress) {
    Thread counter =
        new Thread(
            () -> {
              long n = 0;
              InputPaths paths = new InputPaths(arguments, extension, null);
              while (paths.hasNext()) {
                paths.next();
                n++;
              }
              progress.total(n);
            },
            "vnie-input-counter");
    counter.setDaemon(true);
    counter.start();
  }

  /** A plain text, or VnCoreNLP output with its sentences and words (aligned to the original). */
  private Document read(TextFileReader reader, Path file) throws InputFileException {
    Document read = reader.read(file);
    if (inputFormat == InputFormat.text) {
      return read;
    }
    String original = null;
    if (originals != null) {
      original = reader.readText(originals.resolve(read.id() + ".txt"));
    }
    try {
      return new VnCoreNlpReader().read(read.id(), read.text(), original);
    } catch (IllegalArgumentException e) {
      throw new InputFileException(file, e.getMessage());
    }
  }
}
