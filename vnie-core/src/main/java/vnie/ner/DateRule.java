package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.core.EntityType;

/**
 * DATE mentions with their values, for a whole document, because a date without a year takes its
 * year from elsewhere (guidelines, "Date values"): from the other end of its range ({@code từ ngày
 * 13/3 đến 7/5/1954}), otherwise from the closest preceding explicit year, otherwise {@code XXXX}.
 */
final class DateRule {
  static final String SOURCE = "date-grammar";
  private static final Set<String> RANGE_WORDS = Set.of("đến", "tới", "-", "–", "—");

  private final DateGrammar grammar;

  DateRule(NerLexicons lexicons) {
    this.grammar = new DateGrammar(lexicons.dateWords());
  }

  List<Candidate> find(List<SentenceView> sentences) {
    List<Candidate> out = new ArrayList<>();
    String lastYear = "XXXX";
    for (SentenceView s : sentences) {
      List<DateExpression> dates = grammar.find(s);
      for (int k = 0; k < dates.size(); k++) {
        DateExpression d = dates.get(k);
        String year = lastYear;
        if (d.needsYear()) {
          DateExpression rangeEnd = k + 1 < dates.size() ? dates.get(k + 1) : null;
          boolean range = rangeEnd != null && joinedAsRange(s, d, rangeEnd);
          if (range && rangeEnd.hasYear()) {
            year = TokenShapes.padded(rangeEnd.year(), 4);
          }
          if (range && d.month() == null && d.day() != null && rangeEnd.month() != null) {
            d = d.withMonth(rangeEnd.month());
          }
        }
        if (d.hasYear()) {
          lastYear = TokenShapes.padded(d.year(), 4);
        }
        out.add(
            s.candidate(
                EntityType.DATE,
                d.firstToken(),
                d.endToken(),
                d.value(year),
                SOURCE,
                Priority.DATE));
      }
    }
    return out;
  }

  /** True when only a range word (and "ngày") stands between the two dates. */
  private static boolean joinedAsRange(SentenceView s, DateExpression from, DateExpression to) {
    int gap = to.firstToken() - from.endToken();
    return gap >= 1 && gap <= 2 && RANGE_WORDS.contains(s.lower(from.endToken()));
  }
}
