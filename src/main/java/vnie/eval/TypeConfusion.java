package vnie.eval;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vnie.core.EntityType;
import vnie.core.Mention;

/**
 * Which types the prediction gives to gold spans: for every pair of a gold and a predicted mention
 * of one document whose spans overlap, one count in the cell (gold type, predicted type). A gold
 * mention that overlaps no prediction counts in (its type, none), a prediction that overlaps no
 * gold mention in (none, its type). The diagonal holds the agreements, strict or not. Immutable.
 */
public final class TypeConfusion {
  /** Row and column of "no mention on this side". */
  private static final int NONE = EntityType.values().length;

  private final int[][] cells;

  private TypeConfusion(int[][] cells) {
    this.cells = cells;
  }

  /** Counts the overlapping pairs of every document of {@code gold}; other documents count not. */
  public static TypeConfusion of(Map<String, List<Mention>> gold, Map<String, List<Mention>> pred) {
    int[][] cells = new int[NONE + 1][NONE + 1];
    for (String doc : new TreeSet<>(gold.keySet())) {
      List<Mention> goldMentions = gold.get(doc);
      List<Mention> predMentions = pred.getOrDefault(doc, List.of());
      boolean[] predOverlaps = new boolean[predMentions.size()];
      for (Mention g : goldMentions) {
        boolean overlapsAny = false;
        for (int p = 0; p < predMentions.size(); p++) {
          Mention m = predMentions.get(p);
          if (m.overlaps(g)) {
            cells[g.type().ordinal()][m.type().ordinal()]++;
            predOverlaps[p] = true;
            overlapsAny = true;
          }
        }
        if (!overlapsAny) {
          cells[g.type().ordinal()][NONE]++;
        }
      }
      for (int p = 0; p < predMentions.size(); p++) {
        if (!predOverlaps[p]) {
          cells[NONE][predMentions.get(p).type().ordinal()]++;
        }
      }
    }
    return new TypeConfusion(cells);
  }

  /**
   * The count of pairs with gold type {@code gold} and predicted type {@code pred}; an empty type
   * stands for "none" (a mention that overlaps nothing on the other side).
   */
  public int count(Optional<EntityType> gold, Optional<EntityType> pred) {
    return cells[index(gold)][index(pred)];
  }

  private static int index(Optional<EntityType> type) {
    return type.map(EntityType::ordinal).orElse(NONE);
  }
}
