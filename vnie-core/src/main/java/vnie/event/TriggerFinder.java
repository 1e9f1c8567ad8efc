package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vnie.text.PhraseLexicon;

/**
 * Finds the event triggers of a sentence: the longest phrase of {@code triggers.tsv} at each token,
 * unless a phrase of {@code trigger-blockers.txt} at least as long starts there, the phrase lies
 * inside an entity mention or a short quotation (a slogan such as “Đông gặp Tây”), its conditions
 * fail, or a cue of {@code suppressors.tsv} ends at most three tokens before it in its clause.
 * Immutable.
 */
final class TriggerFinder {
  /** Tokens between a suppressing cue and the trigger, at most. */
  static final int SUPPRESSION_GAP = 2;

  /** A quotation this short is a name or slogan, not a report of an event. */
  private static final int SHORT_QUOTE_TOKENS = 6;

  private static final Set<String> OPENING_QUOTES = Set.of("“", "«", "‘");
  private static final Set<String> CLOSING_QUOTES = Set.of("”", "»", "’");

  /**
   * A trigger found in a sentence.
   *
   * @param from first token
   * @param to token after the last
   * @param nominal whether a classifier makes it a noun ({@code trận đánh})
   * @param passive whether a passive marker stands before it ({@code bị tiêu diệt})
   * @param lightVerb the first token of the light verb whose object the noun trigger is ({@code mở
   *     cuộc tổng công kích}), or -1
   */
  record Trigger(
      TriggerEntry entry, int from, int to, boolean nominal, boolean passive, int lightVerb) {
    /** Where the subject is looked for backwards from: the light verb of a noun, or the verb. */
    int predicate() {
      return lightVerb >= 0 ? lightVerb : from;
    }
  }

  private final EventLexicons lex;

  TriggerFinder(EventLexicons lexicons) {
    this.lex = lexicons;
  }

  List<Trigger> find(EventSentence s, Clauses clauses) {
    List<Trigger> found = new ArrayList<>();
    boolean[] quoted = shortQuotations(s);
    int i = 0;
    while (i < s.size()) {
      PhraseLexicon.Match<TriggerEntry> trigger = lex.triggers().longestAt(s.tokens(), i);
      PhraseLexicon.Match<String> blocker = lex.triggerBlockers().longestAt(s.tokens(), i);
      if (blocker != null && (trigger == null || blocker.length() >= trigger.length())) {
        i += blocker.length();
        continue;
      }
      if (trigger == null) {
        i++;
        continue;
      }
      int to = i + trigger.length();
      TriggerEntry entry = trigger.value();
      if (isFree(s, i, to)
          && !quoted[i]
          && (!entry.needsAspect() || lex.cues().lengthBefore(CueList.ASPECT, s.tokens(), i) > 0)
          && (!entry.verbOnly() || !isAttributive(s, i))
          && !isSuppressed(s, clauses, i)) {
        int classifier = lex.cues().lengthBefore(CueList.NOMINALIZER, s.tokens(), i);
        int light =
            classifier == 0
                ? 0
                : lex.cues().lengthBefore(CueList.LIGHT_VERB, s.tokens(), i - classifier);
        found.add(
            new Trigger(
                entry,
                i,
                to,
                classifier > 0,
                lex.cues().lengthBefore(CueList.PASSIVE, s.tokens(), i) > 0,
                light > 0 ? i - classifier - light : -1));
      }
      i = to;
    }
    return found;
  }

  /** {@code quân xâm lược}, {@code quân Mông Cổ xâm lược}: the trigger describes a force. */
  private boolean isAttributive(EventSentence s, int from) {
    Anchored before = s.endingAt(from);
    int head = before == null ? from : before.from();
    return lex.cues().lengthBefore(CueList.FORCE_NOUN, s.tokens(), head) > 0;
  }

  /** No entity mention covers any of the tokens. */
  private static boolean isFree(EventSentence s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (s.covering(k) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a suppressing cue ends at most {@link #SUPPRESSION_GAP} tokens before {@code from} in
   * the same clause. A phrase of kind {@code none} ({@code không quân}) covers its words.
   */
  boolean isSuppressed(EventSentence s, Clauses clauses, int from) {
    int clauseStart = clauses.of(from).from();
    int p = Math.max(clauseStart, from - SUPPRESSION_GAP - 6);
    while (p < from) {
      PhraseLexicon.Match<String> cue = lex.suppressors().longestAt(s.tokens(), p);
      if (cue == null) {
        p++;
        continue;
      }
      int end = p + cue.length();
      if (!cue.value().equals(EventLexicons.NOT_A_CUE)
          && end <= from
          && end >= from - SUPPRESSION_GAP) {
        return true;
      }
      p = cue.value().equals(EventLexicons.NOT_A_CUE) ? end : p + 1;
    }
    return false;
  }

  /** Marks the tokens inside quotation marks that enclose at most a few tokens. */
  private static boolean[] shortQuotations(EventSentence s) {
    boolean[] quoted = new boolean[s.size()];
    int open = -1;
    for (int i = 0; i < s.size(); i++) {
      String form = s.lower(i);
      boolean straight = form.equals("\"");
      if (open < 0 && (OPENING_QUOTES.contains(form) || straight)) {
        open = i;
      } else if (open >= 0 && (CLOSING_QUOTES.contains(form) || straight)) {
        if (i - open - 1 <= SHORT_QUOTE_TOKENS) {
          for (int k = open + 1; k < i; k++) {
            quoted[k] = true;
          }
        }
        open = -1;
      }
    }
    return quoted;
  }
}
