package vnie.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vnie.core.Token;

/**
 * Multi-token phrases (e.g. {@code Liên Xô}, {@code Tập đoàn quân}) matched against token
 * sequences, longest first. Entries are tokenized with the same {@link Tokenizer} as the text, so
 * {@code Waffen-SS} in a lexicon matches {@code Waffen-SS} in an article. Immutable once built.
 *
 * @param <V> what an entry carries, e.g. its category
 */
public final class PhraseLexicon<V> {
  private final Node<V> root = new Node<>();
  private final boolean ignoreCase;

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    V value;
  }

  /** A match of {@code length} tokens carrying {@code value}. */
  public record Match<V>(int length, V value) {}

  private PhraseLexicon(boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
  }

  /**
   * Builds a lexicon.
   *
   * @param entries phrase to value; a later entry for the same phrase replaces an earlier one
   * @param ignoreCase match regardless of letter case ({@code tướng} and {@code Tướng})
   */
  public static <V> PhraseLexicon<V> of(Map<String, V> entries, boolean ignoreCase) {
    PhraseLexicon<V> lexicon = new PhraseLexicon<>(ignoreCase);
    Tokenizer tokenizer = new Tokenizer(java.util.Set.of());
    entries.forEach(
        (phrase, value) -> {
          Node<V> node = lexicon.root;
          for (Token t : tokenizer.tokenize(phrase)) {
            node = node.next.computeIfAbsent(lexicon.key(t.form()), k -> new Node<>());
          }
          node.value = value;
        });
    return lexicon;
  }

  /** Builds a lexicon whose entries carry no value but themselves. */
  public static PhraseLexicon<String> ofPhrases(Iterable<String> phrases, boolean ignoreCase) {
    Map<String, String> map = new java.util.LinkedHashMap<>();
    phrases.forEach(p -> map.put(p, p));
    return of(map, ignoreCase);
  }

  /** The longest entry starting at token {@code from}, or null. */
  public Match<V> longestAt(List<Token> tokens, int from) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = from; i < tokens.size(); i++) {
      node = node.next.get(key(tokens.get(i).form()));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(i - from + 1, node.value);
      }
    }
    return best;
  }

  /** True when the tokens [from, to) are exactly one entry. */
  public boolean matchesExactly(List<Token> tokens, int from, int to) {
    Node<V> node = root;
    for (int i = from; i < to && node != null; i++) {
      node = node.next.get(key(tokens.get(i).form()));
    }
    return node != null && node.value != null;
  }

  private String key(String form) {
    return ignoreCase ? form.toLowerCase(Locale.ROOT) : form;
  }
}
