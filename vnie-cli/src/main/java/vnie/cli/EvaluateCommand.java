package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    Path texts = textDir != null ? textDir : BratFolder.defaultTextDir(gold);
    Map<String, Document> goldDocs = BratFolder.read(gold, texts);
    if (goldDocs.isEmpty()) {
      throw new IOException("no .ann files in " + gold);
    }
    // Errors quote the gold texts; a predicted document without gold is only named, so it needs
    // none.
    List<Document> predicted =
        PredictionFolder.read(
            pred, texts, id -> goldDocs.containsKey(id) ? goldDocs.get(id).text() : "");
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
}
