package vnie.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnie.core.Document;

/**
 * What the scorers score: every gold document paired with its prediction, in document name order,
 * and the names of predicted documents that have no gold, which count nowhere but are listed.
 *
 * @param pairs one example per gold document; no two share a name
 * @param unscored the predicted documents without gold, by name
 */
public record Examples(List<Example> pairs, List<String> unscored) {
  public Examples {
    List<Example> sorted = new ArrayList<>(pairs);
    sorted.sort(Comparator.comparing(Example::id));
    Set<String> ids = new HashSet<>();
    for (Example e : sorted) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("two gold documents are named " + e.id());
      }
    }
    pairs = List.copyOf(sorted);
    unscored = unscored.stream().sorted().toList();
  }

  /** Examples with no unpaired prediction. */
  public static Examples of(List<Example> pairs) {
    return new Examples(pairs, List.of());
  }

  /**
   * Pairs each gold document with the predicted document of the same name; a gold document that has
   * none is {@link Example#unpredicted unpredicted}, a predicted one without gold is {@link
   * #unscored}.
   */
  public static Examples pair(Collection<Document> gold, Collection<Document> predicted) {
    Map<String, Document> byId = new LinkedHashMap<>();
    for (Document p : predicted) {
      if (byId.put(p.id(), p) != null) {
        throw new IllegalArgumentException("two predicted documents are named " + p.id());
      }
    }
    List<Example> pairs = new ArrayList<>();
    for (Document g : gold) {
      Document p = byId.remove(g.id());
      pairs.add(p == null ? Example.unpredicted(g) : new Example(g, p));
    }
    return new Examples(pairs, List.copyOf(byId.keySet()));
  }
}
