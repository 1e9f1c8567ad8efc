package vnie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vnie.core.EntityType;
import vnie.eval.Counts;
import vnie.eval.EntityScores;
import vnie.eval.LabelScores;
import vnie.eval.MacroAverage;
import vnie.eval.StructureScores;
import vnie.eval.ValueAccuracy;

/**
 * The scores of a report ({@code scores.jte}): per-type tables for entities (strict and overlap),
 * date values, relations, event triggers and arguments, and a bar chart of F1 by type. Each numeric
 * cell has the class of its measure ({@code tp}, {@code fp}, {@code fn}, {@code p}, {@code r},
 * {@code f1}) and each row the label it counts in {@code data-label}.
 */
final class ScoreSection {
  private static final int LABEL_WIDTH = 170;
  private static final int BAR_WIDTH = 420;
  private static final int ROW_HEIGHT = 22;

  private ScoreSection() {}

  /** Everything the section shows. */
  record Tables(List<Row> entityRows, ValueAccuracy dates, Chart chart, List<LabelTable> labels) {
    String dateAccuracy() {
      return Numbers.decimal(dates.accuracy());
    }
  }

  /** A row of a table: its label, its class ({@code total} or null) and its cells. */
  record Row(String label, String rowClass, List<Cell> cells) {}

  /** A cell: the class of its measure (null for an empty cell) and its text. */
  record Cell(String measure, String value) {}

  /** A table of relations, triggers or arguments by label. */
  record LabelTable(String id, String title, String level, List<Row> rows) {}

  /** The chart of F1 by type: its size and its rows, top down. */
  record Chart(int width, int height, List<Bar> bars) {
    int labelWidth() {
      return LABEL_WIDTH;
    }

    int barWidth() {
      return BAR_WIDTH;
    }

    int barHeight() {
      return ROW_HEIGHT - 8;
    }
  }

  /**
   * One row of the chart: a group heading when {@code cssClass} is null, else a bar.
   *
   * @param textY the baseline of the row's texts
   */
  record Bar(String label, String cssClass, String f1, int textY, int length) {
    int barY() {
      return textY + 6 - ROW_HEIGHT + 4;
    }

    int valueX() {
      return LABEL_WIDTH + length + 6;
    }
  }

  static Tables of(Scores scores) {
    StructureScores structures = scores.structures();
    return new Tables(
        entityRows(scores.entities()),
        scores.entities().dateValues(),
        chart(scores),
        List.of(
            labelTable(
                "relation-scores",
                "Relations (both argument spans and type)",
                structures.relations()),
            labelTable("trigger-scores", "Events: triggers (span and type)", structures.triggers()),
            labelTable(
                "argument-scores",
                "Events: arguments (role and span), by role",
                structures.arguments())));
  }

  private static List<Row> entityRows(EntityScores scores) {
    List<Row> rows = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      if (scores.strict().perType().containsKey(type)
          || scores.overlap().perType().containsKey(type)) {
        rows.add(entityRow(type.name(), null, scores.strict().of(type), scores.overlap().of(type)));
      }
    }
    rows.add(entityRow("micro", "total", scores.strict().micro(), scores.overlap().micro()));
    MacroAverage strict = scores.strict().macro();
    MacroAverage overlap = scores.overlap().macro();
    List<Cell> macro = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      macro.add(new Cell(null, ""));
    }
    measures(strict.precision(), strict.recall(), strict.f1(), macro);
    measures(overlap.precision(), overlap.recall(), overlap.f1(), macro);
    rows.add(new Row("macro", "total", macro));
    return rows;
  }

  private static Row entityRow(String label, String rowClass, Counts strict, Counts overlap) {
    List<Cell> cells = counts(strict);
    measures(overlap.precision(), overlap.recall(), overlap.f1(), cells);
    return new Row(label, rowClass, cells);
  }

  private static LabelTable labelTable(String id, String title, LabelScores scores) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Counts> e : scores.perLabel().entrySet()) {
      rows.add(new Row(e.getKey(), null, counts(e.getValue())));
    }
    rows.add(new Row("micro", "total", counts(scores.micro())));
    return new LabelTable(id, title, scores.level(), rows);
  }

  /** TP, FP, FN, P, R, F1 of {@code c}. */
  private static List<Cell> counts(Counts c) {
    List<Cell> cells = new ArrayList<>();
    cells.add(new Cell("tp", Integer.toString(c.tp())));
    cells.add(new Cell("fp", Integer.toString(c.fp())));
    cells.add(new Cell("fn", Integer.toString(c.fn())));
    measures(c.precision(), c.recall(), c.f1(), cells);
    return cells;
  }

  private static void measures(double p, double r, double f1, List<Cell> cells) {
    cells.add(new Cell("p", Numbers.decimal(p)));
    cells.add(new Cell("r", Numbers.decimal(r)));
    cells.add(new Cell("f1", Numbers.decimal(f1)));
  }

  /** A horizontal bar chart of F1: entity types (strict), relation types, event types. */
  private static Chart chart(Scores scores) {
    List<Bar> bars = new ArrayList<>();
    bars.add(heading("Entities (strict)", bars));
    for (Map.Entry<EntityType, Counts> e : scores.entities().strict().perType().entrySet()) {
      bars.add(bar(e.getKey().name(), "t-" + e.getKey().name(), e.getValue().f1(), bars));
    }
    addGroup(bars, "Relations", "relation", scores.structures().relations());
    addGroup(bars, "Event triggers", "event", scores.structures().triggers());
    return new Chart(LABEL_WIDTH + BAR_WIDTH + 60, bars.size() * ROW_HEIGHT + 24, bars);
  }

  private static void addGroup(List<Bar> bars, String title, String cssClass, LabelScores scores) {
    if (scores.perLabel().isEmpty()) {
      return;
    }
    bars.add(heading(title, bars));
    scores.perLabel().forEach((label, counts) -> bars.add(bar(label, cssClass, counts.f1(), bars)));
  }

  /** The next row after {@code above}: a heading. */
  private static Bar heading(String title, List<Bar> above) {
    return new Bar(title, null, "", (above.size() + 1) * ROW_HEIGHT - 6, 0);
  }

  /** The next row after {@code above}: a bar. */
  private static Bar bar(String label, String cssClass, double f1, List<Bar> above) {
    int length = (int) Math.round(f1 * BAR_WIDTH);
    return new Bar(
        label, cssClass, Numbers.decimal(f1), (above.size() + 1) * ROW_HEIGHT - 6, length);
  }
}
