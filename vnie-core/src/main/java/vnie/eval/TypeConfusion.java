package vnie.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vnie.core.EntityType;
import vnie.core.Mention;

/**
 * Which types the prediction gives to gold spans: for every pair of a gold and a predicted mention
 * of one document whose spans overlap, one count in the cell (gold type, predicted type). A gold
 * mention that overlaps no prediction counts in (its type, none), a prediction that overlaps no
 * gold mention in (none, its type). The diagonal holds the agreements, strict or not. Immutable.
 */
public final class TypeConfusion {
  /** A cell of the table; an empty type is "none". */
  private record Cell(Optional<EntityType> gold, Optional<EntityType> pred) {}

  private final Map<Cell, Integer> cells;

  private TypeConfusion(Map<Cell, Integer> cells) {
    this.cells = Map.copyOf(cells);
  }

  /** Counts the overlapping pairs of every example; unscored documents count not. */
  public static TypeConfusion of(Examples examples) {
    Map<Cell, Integer> cells = new HashMap<>();
    for (Example e : examples.pairs()) {
      List<Mention> predMentions = e.predicted().mentions();
      boolean[] predOverlaps = new boolean[predMentions.size()];
      for (Mention g : e.gold().mentions()) {
        boolean overlapsAny = false;
        for (int p = 0; p < predMentions.size(); p++) {
          Mention m = predMentions.get(p);
          if (m.overlaps(g)) {
            add(cells, Optional.of(g.type()), Optional.of(m.type()));
            predOverlaps[p] = true;
            overlapsAny = true;
          }
        }
        if (!overlapsAny) {
          add(cells, Optional.of(g.type()), Optional.empty());
        }
      }
      for (int p = 0; p < predMentions.size(); p++) {
        if (!predOverlaps[p]) {
          add(cells, Optional.empty(), Optional.of(predMentions.get(p).type()));
        }
      }
    }
    return new TypeConfusion(cells);
  }

  private static void add(
      Map<Cell, Integer> cells, Optional<EntityType> gold, Optional<EntityType> pred) {
    cells.merge(new Cell(gold, pred), 1, Integer::sum);
  }

  /**
   * The count of pairs with gold type {@code gold} and predicted type {@code pred}; an empty type
   * stands for "none" (a mention that overlaps nothing on the other side).
   */
  public int count(Optional<EntityType> gold, Optional<EntityType> pred) {
    return cells.getOrDefault(new Cell(gold, pred), 0);
  }
}
