package vnie.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vnie.core.EntityType;
import vnie.eval.TypeConfusion;

/**
 * The confusion between entity types on overlapping spans, gold types down, predicted across, as
 * {@code confusion.jte} shows it.
 */
final class ConfusionTable {
  private ConfusionTable() {}

  /** The table: the type names of the columns and one row per gold type ({@code none} last). */
  record Table(List<String> types, List<Row> rows) {}

  /** The row of a gold type. */
  record Row(String gold, List<Cell> cells) {}

  /** A count; the class marks the diagonal and the errors, null for a zero. */
  record Cell(String pred, String cssClass, String text) {}

  static Table of(TypeConfusion confusion) {
    List<Optional<EntityType>> types = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      types.add(Optional.of(type));
    }
    types.add(Optional.empty());
    List<Row> rows = new ArrayList<>();
    for (Optional<EntityType> gold : types) {
      List<Cell> cells = new ArrayList<>();
      for (Optional<EntityType> pred : types) {
        int count = confusion.count(gold, pred);
        boolean bothNone = gold.isEmpty() && pred.isEmpty();
        String cssClass = count == 0 ? null : gold.equals(pred) ? "diagonal" : "off-diagonal";
        cells.add(new Cell(name(pred), cssClass, bothNone ? "" : Integer.toString(count)));
      }
      rows.add(new Row(name(gold), cells));
    }
    return new Table(types.stream().map(ConfusionTable::name).toList(), rows);
  }

  private static String name(Optional<EntityType> type) {
    return type.map(EntityType::name).orElse("none");
  }
}
