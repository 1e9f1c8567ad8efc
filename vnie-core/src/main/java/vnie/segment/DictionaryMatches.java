package vnie.segment;

/**
 * Where the words of a {@link WordDictionary} (of two or more syllables) stand in one sentence,
 * seen from each boundary {@code i} between syllables {@code i - 1} and {@code i}: the longest word
 * starting at {@code i}, ending before it and spanning it (lengths capped at {@link #MAX_LENGTH}),
 * whether the two syllables around it form a word, and whether a greedy longest match from the left
 * (forward) or from the right (backward) puts a word boundary there. Computed once per sentence.
 */
final class DictionaryMatches {
  /** Longer words count as this long. */
  static final int MAX_LENGTH = 4;

  final int[] startLength;
  final int[] endLength;
  final int[] joinLength;
  final boolean[] pairIsWord;
  final boolean[] forward;
  final boolean[] backward;

  DictionaryMatches(String[] lower, WordDictionary dictionary) {
    int n = lower.length;
    startLength = new int[n + 1];
    endLength = new int[n + 1];
    joinLength = new int[n + 1];
    pairIsWord = new boolean[n + 1];
    int[] longestFrom = new int[n + 1];
    int[] longestTo = new int[n + 1];
    int[] lengths = dictionary.wordLengthsAt(lower);
    for (int from = 0; from < n; from++) {
      for (int k = 2; k < 32; k++) {
        if ((lengths[from] & (1 << k)) == 0) {
          continue;
        }
        int capped = Math.min(k, MAX_LENGTH);
        startLength[from] = Math.max(startLength[from], capped);
        endLength[from + k] = Math.max(endLength[from + k], capped);
        for (int inside = from + 1; inside < from + k; inside++) {
          joinLength[inside] = Math.max(joinLength[inside], capped);
        }
        if (k == 2) {
          pairIsWord[from + 1] = true;
        }
        longestFrom[from] = k;
        longestTo[from + k] = Math.max(longestTo[from + k], k);
      }
    }
    forward = new boolean[n + 1];
    for (int i = 0; i < n; i += Math.max(1, longestFrom[i])) {
      forward[i] = true;
    }
    backward = new boolean[n + 1];
    for (int end = n; end > 0; end -= Math.max(1, longestTo[end])) {
      backward[end] = true;
    }
    backward[0] = true;
  }
}
