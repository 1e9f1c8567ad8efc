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
 * The scores of a report: per-type tables for entities (strict and overlap), date values,
 * relations, event triggers and arguments, and a bar chart of F1 by type. Each numeric cell has the
 * class of its measure ({@code tp}, {@code fp}, {@code fn}, {@code p}, {@code r}, {@code f1}) and
 * each row the label it counts in {@code data-label}.
 */
final class ScoreSection {
  private static final int LABEL_WIDTH = 170;
  private static final int BAR_WIDTH = 420;
  private static final int ROW_HEIGHT = 22;

  private ScoreSection() {}

  static void render(Scores scores, StringBuilder out) {
    out.append("<section id=\"scores\">\n<h2>Scores</h2>\n<div class=\"score-grid\"><div>\n");
    entityTable(scores.entities(), out);
    ValueAccuracy values = scores.entities().dateValues();
    out.append("<p id=\"date-values\" data-correct=\"")
        .append(values.correct())
        .append("\" data-total=\"")
        .append(values.total())
        .append("\">DATE values: ")
        .append(values.correct())
        .append(" of ")
        .append(values.total())
        .append(" exactly matched DATEs carry the gold value (accuracy ")
        .append(Numbers.decimal(values.accuracy()))
        .append(").</p>\n</div><div>\n");
    chart(scores, out);
    out.append("</div></div>\n");
    StructureScores structures = scores.structures();
    labelTable(
        "relation-scores", "Relations (both argument spans and type)", structures.relations(), out);
    labelTable("trigger-scores", "Events: triggers (span and type)", structures.triggers(), out);
    labelTable(
        "argument-scores",
        "Events: arguments (role and span), by role",
        structures.arguments(),
        out);
    out.append("</section>\n");
  }

  private static void entityTable(EntityScores scores, StringBuilder out) {
    out.append(
            "<h3>Entities</h3>\n<table id=\"entity-scores\">\n<thead><tr><th rowspan=\"2\">type</th>")
        .append("<th colspan=\"6\">strict (span and type)</th>")
        .append("<th colspan=\"3\">overlap</th></tr>\n<tr>")
        .append("<th>TP</th><th>FP</th><th>FN</th><th>P</th><th>R</th><th>F1</th>")
        .append("<th>P</th><th>R</th><th>F1</th></tr></thead>\n<tbody>\n");
    for (EntityType type : EntityType.values()) {
      if (scores.strict().perType().containsKey(type)
          || scores.overlap().perType().containsKey(type)) {
        entityRow(type.name(), "", scores.strict().of(type), scores.overlap().of(type), out);
      }
    }
    entityRow("micro", "total", scores.strict().micro(), scores.overlap().micro(), out);
    MacroAverage strict = scores.strict().macro();
    MacroAverage overlap = scores.overlap().macro();
    out.append(
        "<tr class=\"total\" data-label=\"macro\"><td>macro</td><td></td><td></td><td></td>");
    measures(strict.precision(), strict.recall(), strict.f1(), out);
    measures(overlap.precision(), overlap.recall(), overlap.f1(), out);
    out.append("</tr>\n</tbody></table>\n");
  }

  private static void entityRow(
      String label, String rowClass, Counts strict, Counts overlap, StringBuilder out) {
    row(label, rowClass, out);
    counts(strict, out);
    measures(strict.precision(), strict.recall(), strict.f1(), out);
    measures(overlap.precision(), overlap.recall(), overlap.f1(), out);
    out.append("</tr>\n");
  }

  private static void labelTable(String id, String title, LabelScores scores, StringBuilder out) {
    out.append("<h3>").append(Html.escape(title)).append("</h3>\n");
    out.append("<table id=\"")
        .append(id)
        .append("\">\n<thead><tr><th>")
        .append(Html.escape(scores.level()))
        .append("</th><th>TP</th><th>FP</th><th>FN</th><th>P</th><th>R</th><th>F1</th></tr>")
        .append("</thead>\n<tbody>\n");
    for (Map.Entry<String, Counts> e : scores.perLabel().entrySet()) {
      labelRow(e.getKey(), "", e.getValue(), out);
    }
    labelRow("micro", "total", scores.micro(), out);
    out.append("</tbody></table>\n");
  }

  private static void labelRow(String label, String rowClass, Counts c, StringBuilder out) {
    row(label, rowClass, out);
    counts(c, out);
    measures(c.precision(), c.recall(), c.f1(), out);
    out.append("</tr>\n");
  }

  private static void row(String label, String rowClass, StringBuilder out) {
    out.append("<tr");
    if (!rowClass.isEmpty()) {
      out.append(" class=\"").append(rowClass).append('"');
    }
    out.append(" data-label=\"").append(Html.escape(label)).append("\"><td>");
    out.append(Html.escape(label)).append("</td>");
  }

  private static void counts(Counts c, StringBuilder out) {
    cell("tp", Integer.toString(c.tp()), out);
    cell("fp", Integer.toString(c.fp()), out);
    cell("fn", Integer.toString(c.fn()), out);
  }

  private static void measures(double p, double r, double f1, StringBuilder out) {
    cell("p", Numbers.decimal(p), out);
    cell("r", Numbers.decimal(r), out);
    cell("f1", Numbers.decimal(f1), out);
  }

  private static void cell(String measure, String value, StringBuilder out) {
    out.append("<td class=\"").append(measure).append("\">").append(value).append("</td>");
  }

  /** One bar of the chart, or a group heading when {@code cssClass} is null. */
  private record Bar(String label, String cssClass, double f1) {}

  /** A horizontal bar chart of F1: entity types (strict), relation types, event types. */
  private static void chart(Scores scores, StringBuilder out) {
    List<Bar> bars = new ArrayList<>();
    bars.add(new Bar("Entities (strict)", null, 0));
    for (Map.Entry<EntityType, Counts> e : scores.entities().strict().perType().entrySet()) {
      bars.add(new Bar(e.getKey().name(), "t-" + e.getKey().name(), e.getValue().f1()));
    }
    addGroup(bars, "Relations", "relation", scores.structures().relations());
    addGroup(bars, "Event triggers", "event", scores.structures().triggers());
    int height = bars.size() * ROW_HEIGHT + 24;
    int width = LABEL_WIDTH + BAR_WIDTH + 60;
    out.append("<h3>F1 by type</h3>\n<svg class=\"chart\" id=\"f1-chart\" role=\"img\"")
        .append(" aria-label=\"F1 by type\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\">\n");
    int y = 0;
    for (Bar bar : bars) {
      y += ROW_HEIGHT;
      if (bar.cssClass() == null) {
        text("group", 0, y - 6, bar.label(), out);
        continue;
      }
      text("", 12, y - 6, bar.label(), out);
      int length = (int) Math.round(bar.f1() * BAR_WIDTH);
      out.append("<rect class=\"bar ")
          .append(Html.escape(bar.cssClass()))
          .append("\" data-label=\"")
          .append(Html.escape(bar.label()))
          .append("\" data-f1=\"")
          .append(Numbers.decimal(bar.f1()))
          .append("\" x=\"")
          .append(LABEL_WIDTH)
          .append("\" y=\"")
          .append(y - ROW_HEIGHT + 4)
          .append("\" width=\"")
          .append(length)
          .append("\" height=\"")
          .append(ROW_HEIGHT - 8)
          .append("\"><title>")
          .append(Html.escape(bar.label()))
          .append(" F1 ")
          .append(Numbers.decimal(bar.f1()))
          .append("</title></rect>");
      text("", LABEL_WIDTH + length + 6, y - 6, Numbers.decimal(bar.f1()), out);
    }
    // The axis: 0 and 1 under the bars.
    text("", LABEL_WIDTH, height - 4, "0", out);
    text("", LABEL_WIDTH + BAR_WIDTH - 8, height - 4, "1", out);
    out.append("<line x1=\"")
        .append(LABEL_WIDTH)
        .append("\" y1=\"4\" x2=\"")
        .append(LABEL_WIDTH)
        .append("\" y2=\"")
        .append(height - 18)
        .append("\" stroke=\"#868e96\"/>\n</svg>\n");
  }

  private static void addGroup(List<Bar> bars, String title, String cssClass, LabelScores scores) {
    if (scores.perLabel().isEmpty()) {
      return;
    }
    bars.add(new Bar(title, null, 0));
    scores.perLabel().forEach((label, counts) -> bars.add(new Bar(label, cssClass, counts.f1())));
  }

  private static void text(String cssClass, int x, int y, String text, StringBuilder out) {
    out.append("<text");
    if (!cssClass.isEmpty()) {
      out.append(" class=\"").append(cssClass).append('"');
    }
    out.append(" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\">")
        .append(Html.escape(text))
        .append("</text>\n");
  }
}
