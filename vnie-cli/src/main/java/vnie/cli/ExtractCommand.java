package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
import vnie.batch.DocumentSource;
import vnie.batch.Input;
import vnie.batch.InputPaths;
import vnie.batch.Progress;
import vnie.batch.StreamExtractor;
import vnie.core.Document;
import vnie.io.Counted;
import vnie.io.InputFileException;
import vnie.io.TextFileReader;
import vnie.io.VnCoreNlpReader;

/** {@code vnie extract}: runs the pipeline over texts, files and folders and writes the results. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts entities, relations, events and persons from text files, folders, --text or"
          + " standard input (-).",
      "With --out DIR it writes DIR/entities.csv, relations.csv, events.csv,"
          + " event_arguments.csv, persons.csv and errors.csv (and, with --format brat, conll or"
          + " conllu, one file per document). Without --out it prints the results on standard"
          + " output in one --format: jsonl (the default there), csv (the --table, entities by"
          + " default), conll, conllu, or brat (for one text).",
      "A document in a folder is named by its path under that folder without .txt"
          + " (2023/article); a file given by itself by its file name. The doc column holds the"
          + " name.",
      "Files that cannot be read are listed in OUT/errors.csv and on standard error; the others"
          + " are still processed. Exit code 0 when every input was processed, 1 when one failed"
          + " or the run stopped, 2 on bad usage.",
      "Documents run in parallel; results come in input order, so they do not depend on"
          + " --threads. Tables are renamed into place at the end; --resume continues a stopped"
          + " run.",
      "Examples:",
      "  echo 'Đại tướng Võ Nguyên Giáp sinh năm 1911.' | vnie extract -",
      "  vnie extract --text 'Đại tướng Võ Nguyên Giáp sinh năm 1911.' --format conllu",
      "  vnie extract corpus --format jsonl > results.jsonl",
      "  vnie extract corpus --out out --excel"
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    csv,
    brat,
    conll,
    conllu,
    jsonl
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
              + " 'corpus/**/*.txt', or - for a text on standard input (named stdin).")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--stdin", description = "Read one text from standard input, as - does.")
  boolean stdin;

  @Option(
      names = "--text",
      paramLabel = "TEXT",
      description = "A text to process, given on the command line (named text).")
  String text;

  @Option(
      names = "--files-from",
      paramLabel = "FILE",
      description =
          "Read the paths of the inputs from FILE, one a line; - for standard input"
              + " (find corpus -name '*.txt' | vnie extract --files-from - --out out).")
  String filesFrom;

  @Option(
      names = "--flat-names",
      description =
          "Name every document by its file name alone, as vnie 0.1 did, instead of its path"
              + " under the folder given (two files of the same name then collide).")
  boolean flatNames;

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

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Output folder, created when missing. Without it the results go to standard output.")
  Path out;

  @Option(
      names = "--format",
      split = ",",
      paramLabel = "FORMAT",
      description =
          "With --out: csv (always written), brat (NAME.ann and NAME.txt), conll (NAME.conll,"
              + " VnCoreNLP's columns), conllu (NAME.conllu, CoNLL-U of Universal Dependencies:"
              + " words as UD Vietnamese-VTB writes them, UPOS and vnie's tag as XPOS, entities"
              + " as NER=B-PERSON … and offsets as TokenRange=START:END in MISC). Without --out,"
              + " one of jsonl (default: a JSON object a document), csv (the rows of --table),"
              + " conll (# doc = NAME, then the columns), conllu (# newdoc id = NAME, then the"
              + " sentences), brat (the .ann of one text).")
  List<Format> formats = new ArrayList<>();

  @Option(
      names = "--table",
      paramLabel = "TABLE",
      defaultValue = "entities",
      description =
          "Without --out, with --format csv: the table to print: entities, relations, events,"
              + " event_arguments or persons. Default: ${DEFAULT-VALUE}.")
  String table;

  @Option(
      names = "--excel",
      description =
          "Start every CSV with a UTF-8 byte-order mark, which Excel needs to read Vietnamese"
              + " correctly. Without it (the default) the CSV suits scripts, pandas and databases.")
  boolean excel;

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
      names = "--words",
      paramLabel = "FILE",
      description =
          "Word list (UTF-8, one a line, syllables separated by spaces or _) added to the word"
              + " segmenter's lexicon: domain terms and names, without retraining.")
  Path userWords;

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
      throw usage("--original is for --input-format vncorenlp only; add --input-format vncorenlp");
    }
    if (threads < 1) {
      throw usage("--threads must be at least 1, not " + threads);
    }
    if (maxDocumentChars < 1) {
      throw usage("--max-doc-chars must be at least 1, not " + maxDocumentChars);
    }
    List<String> arguments = new ArrayList<>(inputs);
    if (stdin) {
      arguments.add("-");
    }
    ExtractInputs given = new ExtractInputs(arguments, text, filesFrom, extension, flatNames);
    PrintedResults printed =
        out == null ? PrintedResults.choose(formats, table, excel, given, resume) : null;
    if (out != null) {
      OutputInsideInputs.check(
          out, inputs, formats.contains(Format.brat) || formats.contains(Format.conll));
      OutputFolder.prepare(out, formats, resume);
    }
    Vnie vnie = pipeline();
    boolean terminal = System.console() != null;
    if (terminal && given.readsStandardInput()) {
      err.println("vnie: reading a text from standard input; end it with Ctrl+D");
      err.flush();
    }
    TextFileReader reader = new TextFileReader();
    DocumentSource source = given.refusing((file, name) -> read(given.read(reader, file, name)));
    Iterator<Input> all = given.iterator(System.in);
    if (printed != null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(printed.header());
      BatchSummary summary =
          new StreamExtractor(vnie, source, printed::of, threads, maxDocumentChars, stdout, err)
              .run(all);
      return summary.failed() == 0 ? 0 : 1;
    }
    BatchOptions options =
        new BatchOptions(
            out,
            threads,
            resume,
            formats.contains(Format.brat),
            formats.contains(Format.conll),
            maxDocumentChars);
    options = options.withExcel(excel).withConllu(formats.contains(Format.conllu));
    Progress progress = new Progress(err, terminal, quiet, System::nanoTime);
    if (!quiet && !given.pathArguments().isEmpty()) {
      countInBackground(given, progress);
    }
    BatchSummary summary;
    try (StopNotice notice = StopNotice.install(err, out)) {
      summary = new BatchExtractor(vnie, source, options, err, progress).runNamed(all);
      notice.finished();
    }
    err.printf(
        "vnie: %s%s -> %s%n",
        Counted.extraction(
            summary.documents(),
            summary.mentions(),
            summary.relations(),
            summary.events(),
            summary.failed()),
        summary.resumed() > 0 ? ", " + summary.resumed() + " done before resuming" : "",
        out);
    err.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private Vnie pipeline() {
    Vnie.Builder builder = Vnie.builder();
    if (models != null) {
      builder.models(models);
    }
    if (userWords != null) {
      builder.userWords(userWords);
    }
    if (rules != null) {
      builder.rules(rules);
    }
    if (rulesOnly) {
      builder.rulesOnly();
    }
    if (goldEntities != null) {
      // The hand annotations make the entities, so they replace the rules and the model as one.
      builder.replace(BratEntityStage.of(goldEntities));
    }
    return builder.build();
  }

  /** Counts the inputs on a side thread, so that the progress can show an ETA. */
  private void countInBackground(ExtractInputs given, Progress progress) {
    Thread counter =
        new Thread(
            () -> {
              long n = given.givenTextCount();
              InputPaths paths = new InputPaths(given.pathArguments(), extension, null);
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
  private Document read(Document read) throws InputFileException {
    if (inputFormat == InputFormat.text) {
      return read;
    }
    String original = null;
    if (originals != null) {
      original = new TextFileReader().readText(originals.resolve(read.id() + ".txt"));
    }
    try {
      return new VnCoreNlpReader().read(read.id(), read.text(), original);
    } catch (IllegalArgumentException e) {
      throw new InputFileException(Path.of(read.id()), e.getMessage());
    }
  }
}
