package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Document;
import vnie.io.ExtractionCsv;
import vnie.io.InputFileException;
import vnie.io.ResultTable;
import vnie.io.TextFileReader;
import vnie.report.HtmlReport;
import vnie.report.ReportInput;
import vnie.report.TextAgreement;

/** {@code vnie report}: the results of {@code vnie extract} as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one self-contained HTML file (no network needed) with every document's text and its"
          + " mentions highlighted, one colour per type, and its relations and events listed.",
      "With --gold: false positives, false negatives and type errors marked in the text, the"
          + " scores of vnie evaluate per type, a chart of F1 by type, the type confusion on"
          + " overlapping spans, and an index of the documents, worst first."
    })
final class ReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--pred",
      required = true,
      paramLabel = "DIR",
      description =
          "Output of vnie extract: entities.csv with relations.csv, events.csv,"
              + " event_arguments.csv and persons.csv, or .ann files when there is no CSV.")
  Path pred;

  @Option(names = "--gold", paramLabel = "DIR", description = "Gold .ann files to compare with.")
  Path gold;

  @Option(
      names = "--text",
      paramLabel = "DIR",
      description =
          "Folder of the .txt files the predictions were extracted from; default: beside the gold"
              + " files or in corpus/ next to the gold folder, else in the prediction folder.")
  Path textDir;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file.")
  Path out;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "vnie report",
      description = "Title of the page. Default: ${DEFAULT-VALUE}.")
  String title;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Map<String, Document> goldDocs = Map.of();
      if (gold != null) {
        goldDocs =
            BratFolder.read(gold, textDir != null ? textDir : BratFolder.defaultTextDir(gold));
        if (goldDocs.isEmpty()) {
          throw new ReportProblem("no .ann files in " + gold);
        }
      }
      List<Document> predicted = readPredictions(goldDocs);
      for (Document doc : predicted) {
        Optional<String> mismatch = TextAgreement.firstMismatch(doc);
        if (mismatch.isPresent()) {
          throw new ReportProblem(mismatch.get());
        }
      }
      ReportInput input = new ReportInput(title, predicted, List.copyOf(goldDocs.values()));
      new HtmlReport().write(input, out);
      int documents = new LinkedHashSet<>(ids(predicted, goldDocs)).size();
      err.printf(
          "vnie: report of %d %s%s -> %s%n",
          documents,
          documents == 1 ? "document" : "documents",
          gold == null ? "" : ", scored against " + gold,
          out);
      err.flush();
      return 0;
    } catch (ReportProblem e) {
      err.println("vnie report: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  private static List<String> ids(List<Document> predicted, Map<String, Document> gold) {
    List<String> ids = new ArrayList<>();
    predicted.forEach(d -> ids.add(d.id()));
    ids.addAll(gold.keySet());
    return ids;
  }

  /** The predicted documents with their texts, in document name order. */
  private List<Document> readPredictions(Map<String, Document> goldDocs) throws IOException {
    if (!Files.isDirectory(pred)) {
      throw new ReportProblem("prediction folder not found: " + pred);
    }
    List<Document> predicted =
        PredictionFolder.read(pred, textDir != null ? textDir : pred, id -> text(id, goldDocs));
    if (predicted.isEmpty() && !ExtractionCsv.existsIn(pred)) {
      throw new ReportProblem(
          "no "
              + ResultTable.ENTITIES.fileName()
              + " and no .ann files in "
              + pred
              + "; run vnie extract");
    }
    return predicted;
  }

  /** The text of document {@code id}: from --text, the gold document, or the prediction folder. */
  private String text(String id, Map<String, Document> goldDocs) throws IOException {
    List<Path> candidates = new ArrayList<>();
    if (textDir != null) {
      candidates.add(textDir.resolve(id + ".txt"));
    } else if (goldDocs.containsKey(id)) {
      return goldDocs.get(id).text();
    } else if (gold != null) {
      // A document without gold: its text is where the gold texts are.
      candidates.add(gold.resolve(id + ".txt"));
      candidates.add(BratFolder.defaultTextDir(gold).resolve(id + ".txt"));
    }
    candidates.add(pred.resolve(id + ".txt"));
    for (Path file : candidates) {
      if (Files.isRegularFile(file)) {
        try {
          return new TextFileReader().readText(file);
        } catch (InputFileException e) {
          throw new ReportProblem(e.getMessage());
        }
      }
    }
    throw new ReportProblem(
        "no text for document '"
            + id
            + "': looked for "
            + candidates
            + "; give the folder of the texts with --text DIR");
  }

  /** A problem with the command's inputs, reported in one line without a stack trace. */
  private static final class ReportProblem extends IOException {
    private static final long serialVersionUID = 1L;

    ReportProblem(String message) {
      super(message);
    }
  }
}
