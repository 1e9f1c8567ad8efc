package vnie.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : sorted) {
      Span span = c.mention().span();
      boolean free =
          blocked.stream().noneMatch(b -> b.overlaps(span))
              && kept.stream().noneMatch(k -> k.mention().overlaps(c.mention()));
      if (free) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt((Candidate c) -> c.mention().start()));
    return kept;
  }

  /** The mentions of {@code candidates}. */
  public static List<Mention> mentions(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::mention).toList();
  }
}
