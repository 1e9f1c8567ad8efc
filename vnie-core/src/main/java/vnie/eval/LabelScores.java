package vnie.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of one level of relation and event scoring ({@code relation}, {@code trigger} or
 * {@code argument}) per label (relation type, event type or role), with their micro sum.
 */
public record LabelScores(String level, Map<String, Counts> perLabel) {
  public LabelScores {
    perLabel = Collections.unmodifiableMap(new TreeMap<>(perLabel));
  }

  /** The counts of {@code label}, zero when it does not occur. */
  public Counts of(String label) {
    return perLabel.getOrDefault(label, Counts.ZERO);
  }

  /** The counts summed over all labels and documents. */
  public Counts micro() {
    return perLabel.values().stream().reduce(Counts.ZERO, Counts::plus);
  }
}
