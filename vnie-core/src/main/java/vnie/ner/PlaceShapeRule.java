package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.EntityType;
import vnie.core.TokenKind;
import vnie.text.PhraseLexicon;

/**
 * LOCATION mentions found by the shape of a phrase rather than by one cue word:
 *
 * <ul>
 *   <li>{@code place-compound}: every part of a hyphenated compound of countries or their short
 *       forms ({@code Việt-Lào}, {@code Tống – Nguyên});
 *   <li>{@code place-number}: a classifier with a number ({@code đường số 4}, {@code cao điểm
 *       1015}, {@code vĩ tuyến 38}), later numbers of a list bare ({@code đường số 4, 13 và 18});
 *   <li>{@code place-list}: a capitalised name after a comma that follows a place and closes the
 *       phrase ({@code Cam Lâm, Khánh Hòa.}).
 * </ul>
 */
final class PlaceShapeRule {
  static final String COMPOUND = "place-compound";
  static final String NUMBER = "place-number";
  static final String LIST = "place-list";
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private final NerLexicons lex;

  PlaceShapeRule(NerLexicons lexicons) {
    this.lex = lexicons;
  }

  List<Candidate> find(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    addCompounds(s, out);
    for (int i = 0; i < s.size(); i++) {
      addNumbered(s, i, out);
    }
    return out;
  }

  /** The names listed after a comma behind each of the {@code places} of sentence {@code s}. */
  List<Candidate> listed(SentenceView s, List<Candidate> places) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate place : places) {
      int j = place.endToken();
      while (s.form(j).equals(",") && s.isNamePart(j + 1)) {
        int end = s.nameRunEnd(j + 1, 4);
        boolean closes = end >= s.size() || lex.placeListClosers.contains(s.lower(end));
        if (!closes || !allWords(s, j + 1, end)) {
          break;
        }
        out.add(s.candidate(EntityType.LOCATION, j + 1, end, "", LIST, lex.priorities.of(LIST)));
        j = end;
      }
    }
    return out;
  }

  private void addCompounds(SentenceView s, List<Candidate> out) {
    int i = 0;
    while (i < s.size()) {
      List<int[]> parts = new ArrayList<>();
      int end = partEnd(s, i);
      while (end > i) {
        parts.add(new int[] {i, end});
        if (!DASHES.contains(s.form(end))) {
          break;
        }
        int next = partEnd(s, end + 1);
        if (next == end + 1) {
          break;
        }
        i = end + 1;
        end = next;
      }
      if (parts.size() >= 2) {
        for (int[] p : parts) {
          out.add(
              s.candidate(
                  EntityType.LOCATION, p[0], p[1], "", COMPOUND, lex.priorities.of(COMPOUND)));
        }
        i = parts.get(parts.size() - 1)[1];
      } else {
        i++;
      }
    }
  }

  /** The end of a country or a short form starting at {@code i}, or {@code i}. */
  private int partEnd(SentenceView s, int i) {
    PhraseLexicon.Match<String> country = lex.countries.longestAt(s.tokens(), i);
    if (country != null) {
      return i + country.length();
    }
    return lex.countryShortForms.contains(s.form(i)) ? i + 1 : i;
  }

  private void addNumbered(SentenceView s, int i, List<Candidate> out) {
    PhraseLexicon.Match<String> classifier = lex.placeNumberClassifiers.longestAt(s.tokens(), i);
    if (classifier == null || s.isNumber(i - 1)) {
      return;
    }
    int number = i + classifier.length();
    if (!isPlaceNumber(s, number)) {
      return;
    }
    out.add(s.candidate(EntityType.LOCATION, i, number + 1, "", NUMBER, lex.priorities.of(NUMBER)));
    int j = number + 1;
    while (true) {
      int k = lex.nextListItem(s, j);
      if (k == j || !isPlaceNumber(s, k) || !lex.isListedNumber(s, k)) {
        return;
      }
      out.add(s.candidate(EntityType.LOCATION, k, k + 1, "", NUMBER, lex.priorities.of(NUMBER)));
      j = k + 1;
    }
  }

  private static boolean isPlaceNumber(SentenceView s, int i) {
    return s.isNumber(i) && TokenShapes.isDigits(s.form(i), 1, 4);
  }

  private static boolean allWords(SentenceView s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!s.tokens().get(i).is(TokenKind.WORD)) {
        return false;
      }
    }
    return true;
  }
}
