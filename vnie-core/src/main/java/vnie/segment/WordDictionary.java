package vnie.segment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vnie.text.ToneMarks;

/**
 * The words seen in the training data, lowercased and with tone marks in one place ({@link
 * ToneMarks#canonical}), as a trie over syllables; lookups give syllables in the same form.
 * Immutable once built; the segmenter asks it which syllable runs of a sentence form a known word,
 * and whether a syllable was seen as a word of its own.
 */
final class WordDictionary {
  private final Node root = new Node();
  private final TreeSet<String> entries = new TreeSet<>();
  private final Set<String> syllablesOfLongerWords = new HashSet<>();

  private static final class Node {
    final Map<String, Node> next = new HashMap<>(4);
    boolean word;
  }

  private WordDictionary() {}

  /** A dictionary of {@code words}, each a list of lowercased syllables. */
  public static WordDictionary of(Iterable<List<String>> words) {
    WordDictionary dictionary = new WordDictionary();
    for (List<String> syllables : words) {
      dictionary.add(syllables);
    }
    return dictionary;
  }

  /**
   * Reads the form written by {@link #toBytes()}: one word a line, syllables separated by a space.
   */
  public static WordDictionary fromBytes(byte[] bytes) {
    List<List<String>> words = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        words.add(List.of(line.strip().split(" ")));
      }
    }
    return of(words);
  }

  /** One word a line, sorted, so that the same words always give the same bytes. */
  public byte[] toBytes() {
    return (String.join("\n", entries) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  public int size() {
    return entries.size();
  }

  private void add(List<String> syllables) {
    if (syllables.isEmpty()) {
      return;
    }
    List<String> keys = syllables.stream().map(ToneMarks::canonical).toList();
    Node node = root;
    for (String syllable : keys) {
      node = node.next.computeIfAbsent(syllable, k -> new Node());
    }
    node.word = true;
    entries.add(String.join(" ", keys));
    if (keys.size() > 1) {
      syllablesOfLongerWords.addAll(keys);
    }
  }

  /**
   * How {@code syllable} was seen: {@code 'W'} as a word of its own, {@code 'P'} only as part of
   * longer words, {@code 'U'} not at all.
   */
  public char use(String syllable) {
    Node node = root.next.get(syllable);
    if (node != null && node.word) {
      return 'W';
    }
    return syllablesOfLongerWords.contains(syllable) ? 'P' : 'U';
  }

  /**
   * For every syllable position of {@code lower}, the lengths of the known words starting there, as
   * a bit set: bit {@code k} is set when {@code lower[from .. from + k)} is a word ({@code k} up to
   * 31).
   */
  public int[] wordLengthsAt(String[] lower) {
    int[] lengths = new int[lower.length];
    for (int from = 0; from < lower.length; from++) {
      Node node = root;
      for (int i = from; i < lower.length && i - from < 31; i++) {
        node = node.next.get(lower[i]);
        if (node == null) {
          break;
        }
        if (node.word) {
          lengths[from] |= 1 << (i - from + 1);
        }
      }
    }
    return lengths;
  }
}
