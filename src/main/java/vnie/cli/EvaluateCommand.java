package vnie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vnie.core.Document;
import vnie.core.Mention;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.ScoreReport;
import vnie.eval.ScoringError;
import vnie.io.BratReader;
import vnie.io.EntityCsv;
import vnie.io.InputFileException;

/** {@code vnie evaluate}: scores predictions against hand annotations. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = {
      "Scores predicted entities against gold brat annotations: TP, FP, FN, precision, recall"
          + " and F1 per type, micro and macro, strict and overlap, and DATE value accuracy.",
      "Writes the same numbers to PRED/scores.csv and every error to PRED/score-errors.csv."
    })
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Gold .ann files.")
  Path gold;

  @Option(
      names = "--pred",
      required = true,
      paramLabel = "DIR",
      description = "Output of vnie extract: entities.csv, or .ann files when there is no CSV.")
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
    Path texts = textDir != null ? textDir : defaultTextDir();
    Map<String, Document> goldDocs = readBrat(gold, texts);
    if (goldDocs.isEmpty()) {
      throw new IOException("no .ann files in " + gold);
    }
    Map<String, List<Mention>> predicted = readPredictions(texts);
    Map<String, List<Mention>> goldMentions = new TreeMap<>();
    Map<String, String> docTexts = new TreeMap<>();
    goldDocs.forEach(
        (id, d) -> {
          goldMentions.put(id, d.mentions());
          docTexts.put(id, d.text());
        });
    EntityScores scores = new EntityScorer().score(goldMentions, predicted, docTexts);
    out.print(ScoreReport.table(scores));
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
    }
    if (!scores.unscoredDocs().isEmpty()) {
      out.println("not scored (no gold annotation): " + String.join(", ", scores.unscoredDocs()));
    }
    ScoreReport.writeScoresCsv(scores, pred.resolve("scores.csv"));
    ScoreReport.writeErrorsCsv(scores, pred.resolve("score-errors.csv"));
    out.flush();
    return 0;
  }

  private Path defaultTextDir() {
    Path sibling = gold.toAbsolutePath().normalize().resolveSibling("corpus");
    return Files.isDirectory(sibling) ? sibling : gold;
  }

  private Map<String, List<Mention>> readPredictions(Path texts) throws IOException {
    Path csv = pred.resolve("entities.csv");
    if (Files.exists(csv)) {
      return EntityCsv.read(csv);
    }
    Map<String, List<Mention>> mentions = new TreeMap<>();
    readBrat(pred, texts).forEach((id, d) -> mentions.put(id, d.mentions()));
    return mentions;
  }

  /** Every NAME.ann of {@code annDir} with its NAME.txt from {@code textDir} (or beside it). */
  private static Map<String, Document> readBrat(Path annDir, Path textDir) throws IOException {
    Map<String, Document> docs = new TreeMap<>();
    BratReader reader = new BratReader();
    for (Path ann : InputFiles.expand(List.of(annDir), ".ann")) {
      String name = ann.getFileName().toString();
      String id = name.substring(0, name.length() - ".ann".length());
      Path txt = ann.resolveSibling(id + ".txt");
      if (!Files.exists(txt)) {
        txt = textDir.resolve(id + ".txt");
      }
      try {
        docs.put(id, reader.read(txt, ann));
      } catch (InputFileException e) {
        throw new IOException("cannot read " + ann + ": " + e.getMessage(), e);
      }
    }
    return docs;
  }
}
