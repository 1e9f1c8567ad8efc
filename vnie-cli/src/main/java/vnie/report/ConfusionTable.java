package vnie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vnie.core.EntityType;
import vnie.eval.TypeConfusion;

/** The confusion between entity types on overlapping spans, gold types down, predicted across. */
final class ConfusionTable {
  private ConfusionTable() {}

  static void render(TypeConfusion confusion, StringBuilder out) {
    List<Optional<EntityType>> types = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      types.add(Optional.of(type));
    }
    types.add(Optional.empty());
    out.append("<h3>Type confusion on overlapping spans</h3>\n")
        .append("<p class=\"summary\">Each pair of a gold and a predicted mention whose spans")
        .append(" overlap counts once in the row of the gold type and the column of the")
        .append(
            " predicted type; <em>none</em> counts a mention that overlaps nothing on the other")
        .append(" side.</p>\n<table id=\"confusion\">\n<thead><tr><th>gold ↓ predicted →</th>");
    for (Optional<EntityType> pred : types) {
      out.append("<th>").append(name(pred)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (Optional<EntityType> gold : types) {
      out.append("<tr data-gold=\"").append(name(gold)).append("\"><td>");
      out.append(name(gold)).append("</td>");
      for (Optional<EntityType> pred : types) {
        int count = confusion.count(gold, pred);
        boolean bothNone = gold.isEmpty() && pred.isEmpty();
        String cssClass = count == 0 ? "" : gold.equals(pred) ? "diagonal" : "off-diagonal";
        out.append("<td data-pred=\"").append(name(pred)).append('"');
        if (!cssClass.isEmpty()) {
          out.append(" class=\"").append(cssClass).append('"');
        }
        out.append('>').append(bothNone ? "" : Integer.toString(count)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
  }

  private static String name(Optional<EntityType> type) {
    return type.map(EntityType::name).orElse("none");
  }
}
