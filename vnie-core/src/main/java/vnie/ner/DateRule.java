package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;

/**
 * DATE mentions with their values, for a whole document, because a date without a year takes its
 * year from elsewhere (guidelines, "Date values"): from the other end of its range ({@code từ ngày
 * 13/3 đến 7/5/1954}), otherwise from the closest preceding explicit year, otherwise {@code XXXX}.
 */
final class DateRule {
  static final String SOURCE = "date-grammar";
  private final DateWords words;
  private final DateGrammar grammar;
  private final int priority;

  DateRule(NerLexicons lexicons) {
    this.words = lexicons.dates;
    this.grammar = new DateGrammar(lexicons.dates);
    this.priority = lexicons.priorities.of(SOURCE);
  }

  List<Candidate> find(List<SentenceView> sentences) {
    List<Candidate> out = new ArrayList<>();
    String lastYear = "XXXX";
    String lastMonth = null;
    for (SentenceView s : sentences) {
      List<DateExpression> dates = grammar.find(s);
      for (int k = 0; k < dates.size(); k++) {
        DateExpression d = dates.get(k);
        String year = lastYear;
        DateExpression rangeEnd = k + 1 < dates.size() ? dates.get(k + 1) : null;
        boolean range = rangeEnd != null && joinedAsRange(s, d, rangeEnd);
        if (d.needsYear() && range && rangeEnd.hasYear()) {
          year = TokenShapes.padded(rangeEnd.year(), 4);
        }
        if (d.month() == null && d.day() != null) {
          // A bare day: the month of the other end of its range, else of the closest date before.
          String month = range && rangeEnd.month() != null ? rangeEnd.month() : lastMonth;
          d = month == null ? d : d.withMonth(month);
        }
        if (d.era() == DateExpression.Era.BEFORE_COMMON_ERA) {
          lastYear = "XXXX";
        } else if (d.hasYear()) {
          lastYear = TokenShapes.padded(d.year(), 4);
        }
        if (d.month() != null) {
          lastMonth = d.month();
        }
        out.add(
            s.candidate(
                EntityType.DATE, d.firstToken(), d.endToken(), d.value(year), SOURCE, priority));
      }
    }
    return out;
  }

  /** True when only a range word (and a day marker) stands between the two dates. */
  private boolean joinedAsRange(SentenceView s, DateExpression from, DateExpression to) {
    int gap = to.firstToken() - from.endToken();
    return gap >= 1 && gap <= 2 && words.at(s, from.endToken(), DateWords.Marker.RANGE) > 0;
  }
}
