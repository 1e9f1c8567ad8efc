package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;
import vnie.text.PhraseLexicon;

/**
 * LOCATION mentions:
 *
 * <ul>
 *   <li>{@code countries} and {@code places}: names from the lexicons, wherever they name the
 *       place, also in nationality phrases ({@code người Mỹ}) and hyphenated compounds ({@code Liên
 *       Xô-Mỹ-Anh}); not a language ({@code tiếng Anh}) nor a pronoun ({@code Anh ấy});
 *   <li>{@code place-classifier}: a capitalised name after a classifier such as {@code sông}, which
 *       stays outside the span ({@code sông Elbe} → {@code Elbe});
 *   <li>{@code region}: {@code miền} with a capitalised direction ({@code miền Bắc});
 *   <li>{@code place-preposition}: a capitalised name after {@code ở}, {@code tại}, {@code gần} …
 * </ul>
 */
final class LocationRule {
  static final String CLASSIFIER = "place-classifier";
  static final String PREPOSITION = "place-preposition";

  private final NerLexicons lex;

  LocationRule(NerLexicons lexicons) {
    this.lex = lexicons;
  }

  /** Names read from the lexicons. */
  List<Candidate> lexiconMatches(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      addLexiconMatch(s, i, lex.countries(), "countries", out);
      addLexiconMatch(s, i, lex.places(), "places", out);
      if (s.lower(i).equals("miền") && lex.regionWords().contains(s.form(i + 1))) {
        out.add(s.candidate(EntityType.LOCATION, i, i + 2, "", "region", Priority.PLACE_LEXICON));
      }
    }
    return out;
  }

  /** Names found by the words before them. */
  List<Candidate> patternMatches(SentenceView s) {
    List<Candidate> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      addNameAfter(s, i, lex.placeClassifiers(), CLASSIFIER, out);
      addNameAfter(s, i, lex.placePrepositions(), PREPOSITION, out);
    }
    return out;
  }

  private void addLexiconMatch(
      SentenceView s, int i, PhraseLexicon<String> names, String source, List<Candidate> out) {
    PhraseLexicon.Match<String> m = names.longestAt(s.tokens(), i);
    if (m == null || !s.endsAtWordEnd(i, i + m.length())) {
      return;
    }
    int end = i + m.length();
    boolean language = lex.languageMarkers().contains(s.form(i - 1));
    boolean pronoun = m.length() == 1 && lex.pronounFollowers().contains(s.form(end));
    if (!language && !pronoun) {
      out.add(s.candidate(EntityType.LOCATION, i, end, "", source, Priority.PLACE_LEXICON));
    }
  }

  private void addNameAfter(
      SentenceView s, int i, PhraseLexicon<String> cues, String source, List<Candidate> out) {
    PhraseLexicon.Match<String> cue = cues.longestAt(s.tokens(), i);
    if (cue == null) {
      return;
    }
    int start = i + cue.length();
    int end = s.nameRunEnd(start, 5);
    boolean pronoun = lex.pronounFollowers().contains(s.form(end));
    if (end > start && !pronoun) {
      out.add(s.candidate(EntityType.LOCATION, start, end, "", source, Priority.PLACE_PATTERN));
    }
  }
}
