package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vnie.Vnie;
import vnie.core.Document;
import vnie.io.AtomicFiles;
import vnie.io.BratWriter;
import vnie.io.ConllWriter;
import vnie.io.ExtractionCsv;
import vnie.io.InputFileException;
import vnie.io.SpreadsheetCsv;
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
          + " are still processed. Exit code 0 when every file was processed, 1 otherwise."
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

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Text files or folders.")
  List<Path> inputs;

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
      names = "--rules-only",
      description = "Find entities with the rules alone, without the name model.")
  boolean rulesOnly;

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
    if (rulesOnly) {
      builder.rulesOnly();
    }
    if (goldEntities != null) {
      builder.replace(new BratEntityStage(goldEntities));
    }
    Vnie vnie = builder.build();
    TextFileReader reader = new TextFileReader();
    List<Document> documents = new ArrayList<>();
    List<String[]> failures = new ArrayList<>();
    Map<String, Path> seen = new HashMap<>();
    for (Path file : InputFiles.expand(inputs, extension)) {
      try {
        Document read = read(reader, file);
        Path earlier = seen.putIfAbsent(read.id(), file);
        if (earlier != null) {
          throw new InputFileException(
              file, "another input has the same document name '" + read.id() + "': " + earlier);
        }
        documents.add(vnie.complete(read));
      } catch (InputFileException e) {
        failures.add(new String[] {file.toString(), e.reason()});
        err.println("vnie: skipped " + file + ": " + e.reason());
      } catch (RuntimeException e) {
        failures.add(new String[] {file.toString(), "processing failed: " + e});
        err.println("vnie: failed on " + file + ": " + e);
      }
    }
    ExtractionCsv.write(documents, out);
    writeErrors(failures);
    if (formats.contains(Format.brat)) {
      for (Document d : documents) {
        BratWriter.write(d, out.resolve(d.id() + ".ann"));
        AtomicFiles.writeString(out.resolve(d.id() + ".txt"), d.text());
      }
    }
    if (formats.contains(Format.conll)) {
      for (Document d : documents) {
        ConllWriter.write(d, out.resolve(d.id() + ".conll"));
      }
    }
    int mentions = documents.stream().mapToInt(d -> d.mentions().size()).sum();
    int relations = documents.stream().mapToInt(d -> d.relations().size()).sum();
    int events = documents.stream().mapToInt(d -> d.events().size()).sum();
    err.printf(
        "vnie: %d documents, %d mentions, %d relations, %d events, %d files failed -> %s%n",
        documents.size(), mentions, relations, events, failures.size(), out);
    err.flush();
    return failures.isEmpty() ? 0 : 1;
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

  private void writeErrors(List<String[]> failures) throws IOException {
    AtomicFiles.writeText(
        out.resolve("errors.csv"),
        writer -> {
          CSVPrinter csv = SpreadsheetCsv.open(writer, "file", "reason");
          for (String[] f : failures) {
            csv.printRecord((Object[]) f);
          }
          csv.flush();
        });
  }
}
