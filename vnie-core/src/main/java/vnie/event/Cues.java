package vnie.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnie.core.Token;
import vnie.rules.Row;
import vnie.rules.RulePack;
import vnie.text.PhraseLexicon;
import vnie.text.Tokenizer;

/**
 * Named lists of cue phrases ({@code cues.tsv}), matched on whole tokens regardless of case, both
 * forward from a token and backward from a position. Immutable.
 */
final class Cues {
  private final Map<String, PhraseLexicon<String>> lists;
  private final Map<String, Integer> maxLength;

  private Cues(Map<String, PhraseLexicon<String>> lists, Map<String, Integer> maxLength) {
    this.lists = Map.copyOf(lists);
    this.maxLength = Map.copyOf(maxLength);
  }

  /** Builds the lists from {@code list → phrases}. */
  static Cues of(Map<String, ? extends Iterable<String>> phrases) {
    Tokenizer tokenizer = new Tokenizer(Set.of());
    Map<String, PhraseLexicon<String>> lists = new HashMap<>();
    Map<String, Integer> maxLength = new HashMap<>();
    phrases.forEach(
        (name, entries) -> {
          int longest = 0;
          for (String phrase : entries) {
            longest = Math.max(longest, tokenizer.tokenize(phrase).size());
          }
          lists.put(name, PhraseLexicon.ofPhrases(entries, true));
          maxLength.put(name, longest);
        });
    return new Cues(lists, maxLength);
  }

  /**
   * Groups the rows {@code list, phrase} of {@code event/cues.tsv} by list, adds {@code extra}
   * lists, and records a problem in the pack for each list of {@link CueList} that is missing.
   */
  static Map<String, List<String>> group(
      RulePack pack, String file, Map<String, List<String>> extra) {
    Map<String, List<String>> byList = new LinkedHashMap<>();
    for (Row row : pack.rows(file)) {
      byList.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.get(1));
    }
    byList.putAll(extra);
    for (CueList list : CueList.values()) {
      if (!byList.containsKey(list.id())) {
        pack.problem(file, "no cue list '" + list.id() + "', which the event rules use");
        byList.put(list.id(), List.of());
      }
    }
    return byList;
  }

  boolean has(String list) {
    return lists.containsKey(list);
  }

  /** The length of the longest phrase of {@code list} starting at token {@code from}, or 0. */
  int lengthAt(CueList list, List<Token> tokens, int from) {
    return lengthAt(list.id(), tokens, from);
  }

  /** The length of the longest phrase of {@code list} that ends just before token {@code end}. */
  int lengthBefore(CueList list, List<Token> tokens, int end) {
    return lengthBefore(list.id(), tokens, end);
  }

  /** The length of the longest phrase of {@code list} starting at token {@code from}, or 0. */
  int lengthAt(String list, List<Token> tokens, int from) {
    if (from < 0 || from >= tokens.size()) {
      return 0;
    }
    PhraseLexicon.Match<String> m = lexicon(list).longestAt(tokens, from);
    return m == null ? 0 : m.length();
  }

  /** The lengths of every phrase of {@code list} starting at {@code from}, longest first. */
  List<Integer> lengthsAt(String list, List<Token> tokens, int from) {
    List<Integer> lengths = new ArrayList<>();
    PhraseLexicon<String> lexicon = lexicon(list);
    for (int n = Math.min(maxLength.get(list), tokens.size() - from); n >= 1; n--) {
      if (from >= 0 && lexicon.matchesExactly(tokens, from, from + n)) {
        lengths.add(n);
      }
    }
    return lengths;
  }

  /** The length of the longest phrase of {@code list} that ends just before token {@code end}. */
  int lengthBefore(String list, List<Token> tokens, int end) {
    PhraseLexicon<String> lexicon = lexicon(list);
    for (int n = Math.min(maxLength.get(list), end); n >= 1; n--) {
      if (end <= tokens.size() && lexicon.matchesExactly(tokens, end - n, end)) {
        return n;
      }
    }
    return 0;
  }

  private PhraseLexicon<String> lexicon(String list) {
    PhraseLexicon<String> lexicon = lists.get(list);
    if (lexicon == null) {
      throw new IllegalArgumentException("no cue list '" + list + "' in event/cues.tsv");
    }
    return lexicon;
  }
}
