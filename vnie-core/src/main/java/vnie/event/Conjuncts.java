package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Coordinated mentions around a head mention ({@code quân đội Liên Xô và Mỹ}, {@code Romania và Ý},
 * {@code Nguyên – Mông}, joined by {@code @list-joiner} words) and names in brackets right after a
 * mention ({@code Smorgoy (Smarhon)}).
 */
final class Conjuncts {
  private static final int WORDS_BEFORE_JOINER = 3;
  private static final int CONJUNCT_WORDS = 12;

  private Conjuncts() {}

  /**
   * {@code head} and the mentions joined to it before it, in text order: quân đội Liên Xô và Mỹ.
   * The heads of earlier conjuncts must pass {@code fits}; their modifiers are passed over.
   */
  static List<Anchored> before(
      MentionContext ctx, Anchored head, Predicate<Anchored> fits, int clauseStart) {
    EventSentence s = ctx.sentence();
    List<Anchored> found = new ArrayList<>(List.of(head));
    Anchored current = head;
    while (current != null) {
      int p = current.from();
      for (int w = 0; w < WORDS_BEFORE_JOINER && s.isLowercaseWord(p - 1); w++) {
        if (ctx.cues().lengthBefore(CueList.LIST_JOINER, s.tokens(), p) > 0) {
          break;
        }
        p--;
      }
      int joiner = ctx.cues().lengthBefore(CueList.LIST_JOINER, s.tokens(), p);
      current = joiner == 0 ? null : previousConjunct(ctx, p - joiner, fits, clauseStart);
      if (current != null) {
        found.add(0, current);
      }
    }
    return found;
  }

  /** The head of the conjunct that ends at {@code end}, passing over its modifiers. */
  private static Anchored previousConjunct(
      MentionContext ctx, int end, Predicate<Anchored> fits, int clauseStart) {
    EventSentence s = ctx.sentence();
    int k = end;
    int words = 0;
    while (k > clauseStart && words <= CONJUNCT_WORDS) {
      Anchored a = s.endingAt(k);
      if (a != null) {
        if (fits.test(a)) {
          return a;
        }
        k = a.from();
      } else if (s.lower(k - 1).equals(")")) {
        k = openingBracket(s, k - 1);
      } else if (s.isLowercaseWord(k - 1)) {
        k--;
        words++;
      } else {
        return null;
      }
    }
    return null;
  }

  private static int openingBracket(EventSentence s, int close) {
    for (int i = close - 1; i >= 0; i--) {
      if (Clauses.closingBracket(s, i) == close) {
        return i;
      }
    }
    return close;
  }

  /** A mention at {@code k}, or after a force noun there ({@code quân Nguyên}), or null. */
  static Anchored afterForceNoun(MentionContext ctx, int k, RoleRule rule) {
    EventSentence s = ctx.sentence();
    for (int at : List.of(k, k + ctx.cues().lengthAt(CueList.FORCE_NOUN, s.tokens(), k))) {
      for (Anchored a : s.startingAt(at)) {
        if (rule.accepts(a)) {
          return a;
        }
      }
    }
    return null;
  }

  /** {@code head} and the mentions joined to it after it: Romania và Ý, Nguyên – Mông. */
  static List<Anchored> after(MentionContext ctx, Anchored head, RoleRule rule) {
    EventSentence s = ctx.sentence();
    List<Anchored> found = new ArrayList<>(List.of(head));
    Anchored current = head;
    while (true) {
      int k = current.to();
      int close = Clauses.closingBracket(s, k);
      if (close > 0) {
        k = close + 1;
      }
      int joiner = ctx.cues().lengthAt(CueList.LIST_JOINER, s.tokens(), k);
      Anchored next = joiner == 0 ? null : afterForceNoun(ctx, k + joiner, rule);
      if (next == null || ctx.inBrackets(next) || ctx.isModifier(next)) {
        return found;
      }
      found.add(next);
      current = next;
    }
  }

  /** Each mention with the name in brackets right after it: Smorgoy (Smarhon). */
  static List<Anchored> withAliases(MentionContext ctx, List<Anchored> mentions) {
    EventSentence s = ctx.sentence();
    List<Anchored> out = new ArrayList<>();
    for (Anchored a : mentions) {
      out.add(a);
      int close = Clauses.closingBracket(s, a.to());
      Anchored inside = close < 0 ? null : s.startingAt(a.to() + 1, a.type());
      if (inside != null && inside.to() == close) {
        out.add(inside);
      }
    }
    return out;
  }
}
