package vnie.report;

import java.util.List;
import vnie.eval.Counts;

/**
 * The index of a report: one row per document with its counts and, when scored, its entity scores
 * and errors, sortable by any column; scored documents come worst first.
 */
final class ReportIndex {
  private ReportIndex() {}

  /**
   * One document of the index.
   *
   * @param scores the document's scores, or null when it has no gold
   */
  record Row(String id, String anchor, int mentions, int relations, int events, Scores scores) {}

  static void render(List<Row> rows, boolean scored, StringBuilder out) {
    out.append("<section id=\"index\">\n<h2>Documents</h2>\n<p class=\"summary\">")
        .append(rows.size())
        .append(rows.size() == 1 ? " document" : " documents");
    if (scored) {
      out.append(", worst entity F1 first; click a column to sort by it (errors: entity FP and FN")
          .append(" plus relation and event errors)");
    }
    out.append(".</p>\n<table id=\"doc-index\" class=\"sortable\">\n<thead><tr>")
        .append("<th data-sort=\"text\">document</th><th data-sort=\"number\">mentions</th>")
        .append("<th data-sort=\"number\">relations</th><th data-sort=\"number\">events</th>");
    if (scored) {
      out.append("<th data-sort=\"number\">TP</th><th data-sort=\"number\">FP</th>")
          .append("<th data-sort=\"number\">FN</th><th data-sort=\"number\">P</th>")
          .append("<th data-sort=\"number\">R</th><th data-sort=\"number\">F1</th>")
          .append("<th data-sort=\"number\">rel./event errors</th>")
          .append("<th data-sort=\"number\">errors</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Row row : rows) {
      out.append("<tr data-doc=\"")
          .append(Html.escape(row.id()))
          .append("\"><td><a href=\"#")
          .append(Html.escape(row.anchor()))
          .append("\">")
          .append(Html.escape(row.id()))
          .append("</a></td>");
      number("mentions", row.mentions(), out);
      number("relations", row.relations(), out);
      number("events", row.events(), out);
      if (scored) {
        scoreCells(row.scores(), out);
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n</section>\n");
  }

  private static void scoreCells(Scores scores, StringBuilder out) {
    if (scores == null) {
      // No gold: empty values, which the sorting script puts last either way.
      for (String column : List.of("tp", "fp", "fn", "p", "r", "f1", "structure", "errors")) {
        out.append("<td class=\"").append(column).append("\" data-value=\"\">–</td>");
      }
      return;
    }
    Counts c = scores.entities().strict().micro();
    number("tp", c.tp(), out);
    number("fp", c.fp(), out);
    number("fn", c.fn(), out);
    measure("p", c.precision(), out);
    measure("r", c.recall(), out);
    measure("f1", c.f1(), out);
    number("structure", scores.structureErrors(), out);
    number("errors", scores.entityErrors() + scores.structureErrors(), out);
  }

  private static void number(String column, int value, StringBuilder out) {
    out.append("<td class=\"")
        .append(column)
        .append("\" data-value=\"")
        .append(value)
        .append("\">")
        .append(value)
        .append("</td>");
  }

  private static void measure(String column, double value, StringBuilder out) {
    String text = Numbers.decimal(value);
    out.append("<td class=\"")
        .append(column)
        .append("\" data-value=\"")
        .append(text)
        .append("\">")
        .append(text)
        .append("</td>");
  }
}
