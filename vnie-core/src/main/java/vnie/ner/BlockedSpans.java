package vnie.ner;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import vnie.core.Span;

/**
 * Spans no mention may overlap (names of events and wars), answering "does [start, end) overlap any
 * of them?" by a binary search: the spans sorted by start, with the furthest end reached so far, so
 * that the question costs the logarithm of their number however long the document.
 */
final class BlockedSpans {
  private final int[] starts;
  private final int[] furthestEnds;

  BlockedSpans(List<Span> spans) {
    Span[] sorted = spans.toArray(Span[]::new);
    Arrays.sort(sorted, Comparator.comparingInt(Span::start));
    starts = new int[sorted.length];
    furthestEnds = new int[sorted.length];
    int furthest = Integer.MIN_VALUE;
    for (int i = 0; i < sorted.length; i++) {
      starts[i] = sorted[i].start();
      furthest = Math.max(furthest, sorted[i].end());
      furthestEnds[i] = furthest;
    }
  }

  /** True when some span starts before {@code end} and ends after {@code start}. */
  boolean overlaps(int start, int end) {
    int before = startsBefore(end);
    return before > 0 && furthestEnds[before - 1] > start;
  }

  /** The number of spans that start before {@code offset}. */
  private int startsBefore(int offset) {
    int low = 0;
    int high = starts.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (starts[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
