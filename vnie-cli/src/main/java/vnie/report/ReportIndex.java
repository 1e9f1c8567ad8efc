package vnie.report;

import java.util.ArrayList;
import java.util.List;
import vnie.eval.Counts;

/**
 * The index of a report ({@code index.jte}): one row per document with its counts and, when scored,
 * its entity scores and errors, sortable by any column; scored documents come worst first.
 */
final class ReportIndex {
  private ReportIndex() {}

  /**
   * One document of the index.
   *
   * @param scores the document's scores, or null when it has no gold
   */
  record Row(String id, String anchor, int mentions, int relations, int events, Scores scores) {}

  /** The index as the template shows it. */
  record Index(boolean scored, List<Line> lines) {}

  /** A document's line: its name, the anchor of its section and its cells. */
  record Line(String id, String anchor, List<Cell> cells) {}

  /** A cell: its column (the class), the value the sorting script reads, the text shown. */
  record Cell(String column, String value, String text) {
    static Cell number(String column, int value) {
      return new Cell(column, Integer.toString(value), Integer.toString(value));
    }

    static Cell measure(String column, double value) {
      String text = Numbers.decimal(value);
      return new Cell(column, text, text);
    }
  }

  static Index of(List<Row> rows, boolean scored) {
    List<Line> lines = new ArrayList<>();
    for (Row row : rows) {
      List<Cell> cells = new ArrayList<>();
      cells.add(Cell.number("mentions", row.mentions()));
      cells.add(Cell.number("relations", row.relations()));
      cells.add(Cell.number("events", row.events()));
      if (scored) {
        scoreCells(row.scores(), cells);
      }
      lines.add(new Line(row.id(), row.anchor(), cells));
    }
    return new Index(scored, lines);
  }

  private static void scoreCells(Scores scores, List<Cell> cells) {
    if (scores == null) {
      // No gold: empty values, which the sorting script puts last either way.
      for (String column : List.of("tp", "fp", "fn", "p", "r", "f1", "structure", "errors")) {
        cells.add(new Cell(column, "", "–"));
      }
      return;
    }
    Counts c = scores.entities().strict().micro();
    cells.add(Cell.number("tp", c.tp()));
    cells.add(Cell.number("fp", c.fp()));
    cells.add(Cell.number("fn", c.fn()));
    cells.add(Cell.measure("p", c.precision()));
    cells.add(Cell.measure("r", c.recall()));
    cells.add(Cell.measure("f1", c.f1()));
    cells.add(Cell.number("structure", scores.structureErrors()));
    cells.add(Cell.number("errors", scores.entityErrors() + scores.structureErrors()));
  }
}
