package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Document;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.Examples;
import vnie.eval.ScoreReport;
import vnie.eval.ScoringError;
import vnie.eval.StructureError;
import vnie.eval.StructureScorer;
import vnie.eval.StructureScores;
import vnie.io.ExtractionCsv;

/** {@code vnie evaluate}: scores predictions against hand annotations. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted entities against gold brat annotations: TP, FP, FN, precision, recall"
          + " and F1 per type, micro and macro, strict and overlap, and DATE value accuracy;"
          + " then relations (type and both argument spans), event triggers (span and type) and"
          + " event arguments (role and span) per type and micro.",
      "Writes the same numbers to PRED/scores.csv, the entity errors to PRED/score-errors.csv"
          + " and the relation and event errors to PRED/relation-event-errors.csv."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold .ann files.")
  Path gold;

  @Option(
      names = "--pred",
      required = true,
      paramLabel = "DIR",
      description =
          "Output of vnie extract: entities.csv with relations.csv, events.csv and"
              + " event_arguments.csv, or .ann files when there is no CSV.")
  Path pred;

  @Option(
      names = "--text",
      paramLabel = "DIR",
      description = "Folder of the .txt files; default: the gold folder, else ../corpus beside it.")
  Path textDir;

  @Option(names = "--errors", description = "List every false positive and false negative.")
  boolean listErrors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    requireFolder("--gold", gold, "the folder of the hand annotations (.ann files)");
    requireFolder("--pred", pred, "the --out folder of a vnie extract run");
    if (textDir != null) {
      requireFolder("--text", textDir, "the folder of the .txt files the gold annotates");
    }
    Path texts = textDir != null ? textDir : BratFolder.defaultTextDir(gold);
    Map<String, Document> goldDocs = BratFolder.read(gold, texts);
    if (goldDocs.isEmpty()) {
      throw new BadUsageException(
          "--gold "
              + gold
              + " holds no .ann files; give the folder of the hand annotations in brat format");
    }
    List<Document> predicted = readPredictions(goldDocs, texts);
    Examples examples = Examples.pair(goldDocs.values(), predicted);
    EntityScores scores = new EntityScorer().score(examples);
    StructureScores structure = new StructureScorer().score(examples);
    out.print(ScoreReport.table(scores));
    out.println();
    out.print(ScoreReport.table(structure));
    if (listErrors) {
      out.println();
      for (ScoringError e : scores.errors()) {
        out.printf(
            "%s %-17s %-8s %d-%d %s%s%n    %s%n",
            e.doc(),
            e.kind(),
            e.type(),
            e.start(),
            e.end(),
            e.text(),
            e.other().isEmpty() ? "" : " (" + e.other() + ")",
            e.context());
      }
      for (StructureError e : structure.errors()) {
        out.printf(
            "%s %-8s %-14s %s%n    %s%n", e.doc(), e.level(), e.kind(), e.text(), e.context());
      }
    }
    if (!scores.unscoredDocs().isEmpty()) {
      out.println("not scored (no gold annotation): " + String.join(", ", scores.unscoredDocs()));
    }
    ScoreReport.writeScoresCsv(scores, structure, pred.resolve("scores.csv"));
    ScoreReport.writeErrorsCsv(scores, pred.resolve("score-errors.csv"));
    ScoreReport.writeStructureErrorsCsv(structure, pred.resolve("relation-event-errors.csv"));
    out.flush();
    return 0;
  }

  private static void requireFolder(String option, Path folder, String what) {
    if (!Files.isDirectory(folder)) {
      throw new BadUsageException(
          option
              + " "
              + folder
              + (Files.exists(folder) ? " is not a folder" : " does not exist")
              + "; give "
              + what);
    }
  }

  /**
   * The predicted documents, refused when none has gold and with a warning when some gold has no
   * prediction. Brat files are checked by name before their texts are read: a document without gold
   * may have no text in the gold's text folder.
   */
  private List<Document> readPredictions(Map<String, Document> goldDocs, Path texts)
      throws IOException {
    boolean tables = ExtractionCsv.existsIn(pred);
    if (!tables) {
      coverage(goldDocs, BratFolder.names(pred), false).requireSome();
    }
    // Errors quote the gold texts; a predicted document without gold is only named, so it needs
    // none.
    List<Document> predicted =
        PredictionFolder.read(
            pred, texts, id -> goldDocs.containsKey(id) ? goldDocs.get(id).text() : "");
    GoldCoverage coverage =
        coverage(goldDocs, predicted.stream().map(Document::id).toList(), tables);
    coverage.requireSome();
    coverage.warning().ifPresent(this::warn);
    return predicted;
  }

  private GoldCoverage coverage(
      Map<String, Document> goldDocs, List<String> predictedNames, boolean tables) {
    return new GoldCoverage(gold, pred, goldDocs.keySet(), Set.copyOf(predictedNames), tables);
  }

  private void warn(String warning) {
    PrintWriter err = spec.commandLine().getErr();
    err.println("vnie: warning: " + warning);
    err.flush();
  }
}
