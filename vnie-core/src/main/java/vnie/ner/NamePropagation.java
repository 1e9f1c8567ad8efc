package vnie.ner;

import java.util.ArrayList;
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
    List<Candidate> out = new ArrayList<>();
    for (SentenceView s : sentences) {
      for (List<String> pattern : patterns) {
        for (int i = 0; i + pattern.size() <= s.size(); i++) {
          int end = i + pattern.size();
          if (matchesAt(s, i, pattern) && standsAlone(s, i, end)) {
            out.add(s.candidate(type, i, end, "", source, priority));
          }
        }
      }
    }
    return out;
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
