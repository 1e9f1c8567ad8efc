package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The events or relations of each sentence of a document, grouped in one pass (each found by a
 * binary search over the sentences): filtering all of a document's items for every sentence grew
 * with the square of the document's length.
 */
final class SentenceGroups {
  private SentenceGroups() {}

  /**
   * For each of {@code sentences} (in text order), the {@code items} whose {@code offset} lies in
   * it, in the order of {@code items}.
   */
  static <T> List<List<T>> of(
      List<T> items, ToIntFunction<T> offset, List<EventSentence> sentences) {
    List<List<T>> groups = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      groups.add(new ArrayList<>());
    }
    for (T item : items) {
      int s = sentenceAt(offset.applyAsInt(item), sentences);
      if (s >= 0) {
        groups.get(s).add(item);
      }
    }
    return groups;
  }

  /** The position of the sentence that holds {@code offset}, or -1. */
  private static int sentenceAt(int offset, List<EventSentence> sentences) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      var s = sentences.get(mid).sentence();
      if (offset < s.start()) {
        high = mid - 1;
      } else if (offset >= s.end()) {
        low = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
