package vnie.ner;

import java.util.ArrayList;
import java.util.List;
import vnie.core.Span;
import vnie.text.PhraseLexicon;

/**
 * Spans that no entity may touch: names of events, wars, campaigns and commemorations ({@code Ngày
 * Elbe}, {@code Thế chiến II}, {@code Chiến tranh Lạnh}), which the guidelines leave unannotated
 * together with the names inside them. A head word from {@code event-names.txt} followed by a
 * capitalised run or a Roman numeral.
 */
final class EventNameRule {
  private final PhraseLexicon<String> heads;

  EventNameRule(NerLexicons lexicons) {
    this.heads = lexicons.eventNames;
  }

  List<Span> find(SentenceView s) {
    List<Span> blocked = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      PhraseLexicon.Match<String> head = heads.longestAt(s.tokens(), i);
      if (head == null) {
        continue;
      }
      int nameStart = i + head.length();
      int end = s.nameRunEnd(nameStart, 6);
      if (end > nameStart) {
        blocked.add(new Span(s.tokens().get(i).start(), s.tokens().get(end - 1).end()));
        i = end - 1;
      }
    }
    return blocked;
  }
}
