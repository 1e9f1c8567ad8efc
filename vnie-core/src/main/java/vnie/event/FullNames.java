package vnie.event;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The full names among a document's person names (those that are no shorter form of another, see
 * {@link PersonStage#isShortFormOf}), indexed by their endings and by their first and last words,
 * so that finding the full names a shorter form fits costs the number of those that share its
 * words, not the number of names: comparing every name with every other grew with the square of the
 * document's length.
 */
final class FullNames {
  private record Ends(String first, String last) {
    static Ends of(List<String> words) {
      return new Ends(words.get(0), words.get(words.size() - 1));
    }
  }

  private final List<List<String>> names = new ArrayList<>();
  private final Set<List<String>> nameSet = new HashSet<>();
  private final Map<List<String>, List<Integer>> bySuffix = new HashMap<>();
  private final Map<Ends, List<Integer>> byEnds = new HashMap<>();

  /** The full names among {@code forms} (distinct, non-empty word lists), in their order. */
  FullNames(Collection<List<String>> forms) {
    Set<List<String>> properSuffixes = new HashSet<>();
    Map<Ends, Integer> longest = new HashMap<>();
    for (List<String> g : forms) {
      properSuffixes.addAll(properSuffixes(g));
      longest.merge(Ends.of(g), g.size(), Math::max);
    }
    for (List<String> f : forms) {
      boolean ending = properSuffixes.contains(f);
      boolean firstAndLast = f.size() >= 2 && longest.get(Ends.of(f)) > f.size();
      if (!ending && !firstAndLast) {
        int index = names.size();
        names.add(f);
        nameSet.add(f);
        for (List<String> suffix : properSuffixes(f)) {
          bySuffix.computeIfAbsent(suffix, k -> new ArrayList<>()).add(index);
        }
        byEnds.computeIfAbsent(Ends.of(f), k -> new ArrayList<>()).add(index);
      }
    }
  }

  boolean contains(List<String> words) {
    return nameSet.contains(words);
  }

  /** The full names {@code words} is a shorter form of, in the order of the names. */
  List<List<String>> fitting(List<String> words) {
    TreeSet<Integer> fits = new TreeSet<>(bySuffix.getOrDefault(words, List.of()));
    if (words.size() >= 2) {
      for (int i : byEnds.getOrDefault(Ends.of(words), List.of())) {
        if (names.get(i).size() > words.size()) {
          fits.add(i);
        }
      }
    }
    List<List<String>> out = new ArrayList<>();
    for (int i : fits) {
      out.add(names.get(i));
    }
    return out;
  }

  private static List<List<String>> properSuffixes(List<String> words) {
    List<List<String>> out = new ArrayList<>();
    for (int from = 1; from < words.size(); from++) {
      out.add(List.copyOf(words.subList(from, words.size())));
    }
    return out;
  }
}
