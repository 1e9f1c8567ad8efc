package vnie.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vnie.core.Mention;
import vnie.core.Span;

/**
 * Resolves overlapping proposals into flat, non-overlapping mentions, as the guidelines require.
 * The order of preference: higher priority, then the longer span, then the earlier start. A
 * proposal that overlaps a blocked span (the name of an event or war) is dropped. Each kept mention
 * keeps the provenance of the rule that proposed it.
 */
final class MentionMerger {
  private static final Comparator<Candidate> PREFERENCE =
      Comparator.comparingInt(Candidate::priority)
          .reversed()
          .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
          .thenComparingInt(c -> c.mention().start());

  /** The winning candidates, in text order. */
  public List<Candidate> merge(List<Candidate> proposals, List<Span> blocked) {
    List<Candidate> sorted = new ArrayList<>(proposals);
    sorted.sort(PREFERENCE);
    BlockedSpans blockedSpans = new BlockedSpans(blocked);
    // Kept mentions by start; they never overlap, so a search finds the only one that could
    // (comparing each proposal with every kept mention grew with the square of the document).
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate c : sorted) {
      Mention m = c.mention();
      Map.Entry<Integer, Candidate> before = kept.lowerEntry(m.end());
      boolean free =
          !blockedSpans.overlaps(m.start(), m.end())
              && (before == null || !before.getValue().mention().overlaps(m));
      if (free) {
        kept.put(m.start(), c);
      }
    }
    return new ArrayList<>(kept.values());
  }

  /** The mentions of {@code candidates}. */
  public static List<Mention> mentions(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::mention).toList();
  }
}
