package vnie.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnie.core.EntityType;

/**
 * Finds again, elsewhere in the same document, names that a pattern found once: {@code Silvashko}
 * after {@code Trung úy Alexander Silvashko}, {@code Elbe} after {@code sông Elbe}. A person is
 * also found by the last word of the name (the family name of a Western name, the given name of a
 * Vietnamese one), unless two people of the document share it. A match must stand alone: not inside
 * a longer run of capitalised words.
 */
final class NamePropagation {
  static final String PERSON_SOURCE = "person-propagation";
  static final String PLACE_SOURCE = "place-propagation";

  /** Every other occurrence of the names of {@code found} of type {@code type}. */
  List<Candidate> propagate(
      List<SentenceView> sentences, List<Candidate> found, EntityType type, int priority) {
    Set<List<String>> names = new LinkedHashSet<>();
    Map<String, Integer> lastWordOwners = new HashMap<>();
    for (Candidate c : found) {
      if (c.mention().type() != type) {
        continue;
      }
      List<String> forms = forms(sentences.get(c.sentence()), c.firstToken(), c.endToken());
      if (names.add(forms) && type == EntityType.PERSON && forms.size() > 1) {
        lastWordOwners.merge(forms.get(forms.size() - 1), 1, Integer::sum);
      }
    }
    Set<List<String>> patterns = new LinkedHashSet<>(names);
    lastWordOwners.forEach(
        (word, owners) -> {
          if (owners == 1 && word.length() > 1 && Character.isUpperCase(word.codePointAt(0))) {
            patterns.add(List.of(word));
          }
        });
    String source = type == EntityType.PERSON ? PERSON_SOURCE : PLACE_SOURCE;
    List<List<String>> patternList = List.copyOf(patterns);
    Map<String, List<Integer>> byFirstWord = byFirstWord(patternList);
    List<Candidate> out = new ArrayList<>();
    for (SentenceView s : sentences) {
      // Each token is looked up among the patterns that start with its form, not tried against
      // every pattern: a long document has thousands of names, and trying them all at every token
      // made this step grow with the square of the document's length.
      List<int[]> matches = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        for (int p : byFirstWord.getOrDefault(s.form(i), List.of())) {
          int end = i + patternList.get(p).size();
          if (end <= s.size() && matchesAt(s, i, patternList.get(p)) && standsAlone(s, i, end)) {
            matches.add(new int[] {p, i, end});
          }
        }
      }
      // Pattern by pattern, as the rows have always come (stable: positions stay in order).
      matches.sort(Comparator.comparingInt(m -> m[0]));
      for (int[] m : matches) {
        out.add(s.candidate(type, m[1], m[2], "", source, priority));
      }
    }
    return out;
  }

  /** The indexes of {@code patterns}, in order, by their first word. */
  private static Map<String, List<Integer>> byFirstWord(List<List<String>> patterns) {
    Map<String, List<Integer>> index = new HashMap<>();
    for (int p = 0; p < patterns.size(); p++) {
      if (!patterns.get(p).isEmpty()) {
        index.computeIfAbsent(patterns.get(p).get(0), w -> new ArrayList<>()).add(p);
      }
    }
    return index;
  }

  private static boolean standsAlone(SentenceView s, int from, int to) {
    return !s.isNamePart(from - 1) && !s.isNamePart(to);
  }

  private static boolean matchesAt(SentenceView s, int from, List<String> pattern) {
    for (int k = 0; k < pattern.size(); k++) {
      if (!s.form(from + k).equals(pattern.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static List<String> forms(SentenceView s, int from, int to) {
    List<String> forms = new ArrayList<>();
    for (int i = from; i < to; i++) {
      forms.add(s.form(i));
    }
    return forms;
  }
}
