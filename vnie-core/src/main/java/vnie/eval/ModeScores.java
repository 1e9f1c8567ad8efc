package vnie.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import vnie.core.EntityType;

/**
 * The counts of one match mode per entity type, with the micro and macro averages over them.
 *
 * @param perType counts for each type that occurs in the gold or the predictions
 */
public record ModeScores(MatchMode mode, Map<EntityType, Counts> perType) {
  public ModeScores {
    perType = perType.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(perType));
  }

  /** The counts of {@code type}, zero when it does not occur. */
  public Counts of(EntityType type) {
    return perType.getOrDefault(type, Counts.ZERO);
  }

  /** The counts summed over all types and documents. */
  public Counts micro() {
    return perType.values().stream().reduce(Counts.ZERO, Counts::plus);
  }

  /** The unweighted mean of the per-type precision, recall and F1 (F1 is not recomputed). */
  public MacroAverage macro() {
    if (perType.isEmpty()) {
      return MacroAverage.ZERO;
    }
    double p = 0;
    double r = 0;
    double f = 0;
    for (Counts c : perType.values()) {
      p += c.precision();
      r += c.recall();
      f += c.f1();
    }
    int n = perType.size();
    return new MacroAverage(p / n, r / n, f / n);
  }
}
