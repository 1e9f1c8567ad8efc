package vnie.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import vnie.core.EntityType;
import vnie.io.AtomicFiles;
import vnie.io.SpreadsheetCsv;

/**
 * Formats {@link EntityScores}: a plain-text table for the terminal and two CSV tables in the
 * {@link SpreadsheetCsv} dialect.
 *
 * <p>The scores CSV has the columns {@code mode,type,tp,fp,fn,precision,recall,f1}: one row per
 * type, then {@code micro} and {@code macro} (counts left empty), for {@code strict} then {@code
 * overlap}; a last row {@code value,DATE,correct,wrong,,accuracy,,} gives the DATE value accuracy
 * in the precision column, with tp the correct and fp the wrong values. Measures have three
 * decimals and a decimal point whatever the locale.
 *
 * <p>The errors CSV has the columns {@code doc,kind,type,start,end,text,other,context}, one row per
 * {@link ScoringError}.
 *
 * <p>Relations and events ({@link StructureScores}) add rows to the scores table with the mode
 * {@code relation}, {@code trigger} or {@code argument}, one per relation type, event type or role,
 * then {@code micro}; their errors go to a third CSV with the columns {@code
 * doc,level,kind,label,start,end,text,context}.
 */
public final class ScoreReport {
  private static final String[] SCORE_HEADER = {
    "mode", "type", "tp", "fp", "fn", "precision", "recall", "f1"
  };
  private static final String[] ERROR_HEADER = {
    "doc", "kind", "type", "start", "end", "text", "other", "context"
  };
  private static final String[] STRUCTURE_ERROR_HEADER = {
    "doc", "level", "kind", "label", "start", "end", "text", "context"
  };
  private static final String ROW = "%-8s %-9s %5s %5s %5s %6s %6s %6s\n";
  // Roles such as Participant and Destination are longer than entity types.
  private static final String STRUCTURE_ROW = "%-8s %-11s %5s %5s %5s %6s %6s %6s\n";

  private ScoreReport() {}

  /** The scores as an aligned table, lines ending in LF. */
  public static String table(EntityScores scores) {
    StringBuilder out = new StringBuilder();
    out.append(
        format(ROW, (Object[]) new String[] {"mode", "type", "TP", "FP", "FN", "P", "R", "F1"}));
    for (ModeScores mode : new ModeScores[] {scores.strict(), scores.overlap()}) {
      String name = modeName(mode.mode());
      for (Map.Entry<EntityType, Counts> e : mode.perType().entrySet()) {
        out.append(countsRow(name, e.getKey().name(), e.getValue()));
      }
      out.append(countsRow(name, "micro", mode.micro()));
      out.append(format(ROW, macroCells(name, mode.macro()).toArray()));
    }
    ValueAccuracy values = scores.dateValues();
    out.append(
        format(
            "DATE value accuracy: %d/%d = %s\n",
            values.correct(), values.total(), decimal(values.accuracy())));
    if (!scores.unscoredDocs().isEmpty()) {
      out.append("Not scored (no gold): ")
          .append(String.join(", ", scores.unscoredDocs()))
          .append('\n');
    }
    return out.toString();
  }

  /** The relation and event scores as an aligned table in the same columns, lines ending in LF. */
  public static String table(StructureScores scores) {
    StringBuilder out = new StringBuilder();
    out.append(
        format(
            STRUCTURE_ROW,
            (Object[]) new String[] {"level", "label", "TP", "FP", "FN", "P", "R", "F1"}));
    for (LabelScores level : scores.levels()) {
      for (Map.Entry<String, Counts> e : level.perLabel().entrySet()) {
        out.append(
            format(STRUCTURE_ROW, countsCells(level.level(), e.getKey(), e.getValue()).toArray()));
      }
      out.append(
          format(STRUCTURE_ROW, countsCells(level.level(), "micro", level.micro()).toArray()));
    }
    return out.toString();
  }

  /** Writes the scores CSV (see the class comment) to {@code out}, which must encode UTF-8. */
  public static void writeScoresCsv(EntityScores scores, Writer out) throws IOException {
    writeScoresCsv(scores, null, out);
  }

  /**
   * Writes the scores CSV with the relation and event rows after the entity rows; {@code structure}
   * may be null for entities alone.
   */
  public static void writeScoresCsv(EntityScores scores, StructureScores structure, Writer out)
      throws IOException {
    CSVPrinter csv = SpreadsheetCsv.open(out, SCORE_HEADER);
    for (ModeScores mode : new ModeScores[] {scores.strict(), scores.overlap()}) {
      String name = modeName(mode.mode());
      for (Map.Entry<EntityType, Counts> e : mode.perType().entrySet()) {
        printCounts(csv, name, e.getKey().name(), e.getValue());
      }
      printCounts(csv, name, "micro", mode.micro());
      SpreadsheetCsv.printRow(csv, macroCells(name, mode.macro()));
    }
    ValueAccuracy values = scores.dateValues();
    SpreadsheetCsv.printRow(
        csv,
        "value",
        "DATE",
        values.correct(),
        values.total() - values.correct(),
        "",
        decimal(values.accuracy()),
        "",
        "");
    if (structure != null) {
      for (LabelScores level : structure.levels()) {
        for (Map.Entry<String, Counts> e : level.perLabel().entrySet()) {
          printCounts(csv, level.level(), e.getKey(), e.getValue());
        }
        printCounts(csv, level.level(), "micro", level.micro());
      }
    }
    csv.flush();
  }

  /** Writes the errors CSV to {@code out}, which must encode UTF-8. */
  public static void writeErrorsCsv(EntityScores scores, Writer out) throws IOException {
    CSVPrinter csv = SpreadsheetCsv.open(out, ERROR_HEADER);
    for (ScoringError e : scores.errors()) {
      SpreadsheetCsv.printRow(
          csv,
          e.doc(),
          e.kind().name(),
          e.type().name(),
          e.start(),
          e.end(),
          e.text(),
          e.other(),
          e.context());
    }
    csv.flush();
  }

  /** Writes the relation and event errors CSV to {@code out}, which must encode UTF-8. */
  public static void writeStructureErrorsCsv(StructureScores scores, Writer out)
      throws IOException {
    CSVPrinter csv = SpreadsheetCsv.open(out, STRUCTURE_ERROR_HEADER);
    for (StructureError e : scores.errors()) {
      SpreadsheetCsv.printRow(
          csv, e.doc(), e.level(), e.kind(), e.label(), e.start(), e.end(), e.text(), e.context());
    }
    csv.flush();
  }

  /** Replaces {@code file} atomically with the scores CSV. */
  public static void writeScoresCsv(EntityScores scores, Path file) throws IOException {
    AtomicFiles.writeText(file, out -> writeScoresCsv(scores, out));
  }

  /** Replaces {@code file} atomically with the scores CSV of entities, relations and events. */
  public static void writeScoresCsv(EntityScores scores, StructureScores structure, Path file)
      throws IOException {
    AtomicFiles.writeText(file, out -> writeScoresCsv(scores, structure, out));
  }

  /** Replaces {@code file} atomically with the relation and event errors CSV. */
  public static void writeStructureErrorsCsv(StructureScores scores, Path file) throws IOException {
    AtomicFiles.writeText(file, out -> writeStructureErrorsCsv(scores, out));
  }

  /** Replaces {@code file} atomically with the errors CSV. */
  public static void writeErrorsCsv(EntityScores scores, Path file) throws IOException {
    AtomicFiles.writeText(file, out -> writeErrorsCsv(scores, out));
  }

  private static String countsRow(String mode, String type, Counts c) {
    return format(ROW, countsCells(mode, type, c).toArray());
  }

  private static void printCounts(CSVPrinter csv, String mode, String type, Counts c)
      throws IOException {
    SpreadsheetCsv.printRow(csv, countsCells(mode, type, c));
  }

  /** One row of counts, the same cells in the terminal table and the CSV. */
  private static List<Object> countsCells(String mode, String type, Counts c) {
    return List.of(
        mode,
        type,
        c.tp(),
        c.fp(),
        c.fn(),
        decimal(c.precision()),
        decimal(c.recall()),
        decimal(c.f1()));
  }

  /** The macro-averaged row: no counts, only the averaged scores. */
  private static List<Object> macroCells(String mode, MacroAverage macro) {
    return List.of(
        mode,
        "macro",
        "",
        "",
        "",
        decimal(macro.precision()),
        decimal(macro.recall()),
        decimal(macro.f1()));
  }

  private static String modeName(MatchMode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  /** Three decimals with a point: a Vietnamese locale would otherwise print a comma. */
  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
