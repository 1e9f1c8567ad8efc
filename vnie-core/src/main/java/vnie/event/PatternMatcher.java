package vnie.event;

import java.util.ArrayList;
import java.util.List;
import vnie.core.EntityType;

/**
 * Matches a {@link RelationPattern} at a token of an {@link EventSentence}, with backtracking over
 * optional elements, gaps (shortest first) and cue phrases of several lengths. Immutable.
 */
final class PatternMatcher {
  /** The mentions a match gives as Arg1 and Arg2; lists give several. */
  record Match(List<Anchored> arg1, List<Anchored> arg2) {}

  private final Cues cues;
  private final RankKinds rankKinds;

  PatternMatcher(Cues cues, RankKinds rankKinds) {
    this.cues = cues;
    this.rankKinds = rankKinds;
  }

  /** The first match of {@code pattern} that starts at token {@code start}, or null. */
  Match matchAt(RelationPattern pattern, EventSentence s, int start) {
    return new Search(pattern.elements(), s).step(0, start, List.of(), List.of());
  }

  /**
   * One pattern tried on one sentence: each step matches element {@code e} at token {@code pos}.
   */
  private final class Search {
    private final List<PatternElement> elements;
    private final EventSentence s;

    Search(List<PatternElement> elements, EventSentence s) {
      this.elements = elements;
      this.s = s;
    }

    Match step(int e, int pos, List<Anchored> arg1, List<Anchored> arg2) {
      if (e == elements.size()) {
        return new Match(arg1, arg2);
      }
      PatternElement element = elements.get(e);
      Match found = null;
      if (element instanceof PatternElement.Slot slot) {
        found = slot(e, pos, arg1, arg2, slot);
      } else if (element instanceof PatternElement.Absent absent) {
        if (s.startingAt(pos, absent.type()) == null) {
          found = step(e + 1, pos, arg1, arg2);
        }
      } else if (element instanceof PatternElement.Words words) {
        int n = words.forms().size();
        boolean same = pos + n <= s.size();
        for (int k = 0; same && k < n; k++) {
          same = s.lower(pos + k).equals(words.forms().get(k));
        }
        if (same) {
          found = step(e + 1, pos + n, arg1, arg2);
        }
      } else if (element instanceof PatternElement.Cue cue) {
        for (int n : cues.lengthsAt(cue.list(), s.tokens(), pos)) {
          found = step(e + 1, pos + n, arg1, arg2);
          if (found != null) {
            break;
          }
        }
      } else if (element instanceof PatternElement.Brackets) {
        int close = Clauses.closingBracket(s, pos);
        if (close >= 0) {
          found = step(e + 1, close + 1, arg1, arg2);
        }
      } else if (element instanceof PatternElement.Gap gap) {
        found = gap(e, pos, arg1, arg2, gap.guard());
      }
      if (found == null && element.optional()) {
        found = step(e + 1, pos, arg1, arg2);
      }
      return found;
    }

    private Match slot(
        int e, int pos, List<Anchored> arg1, List<Anchored> arg2, PatternElement.Slot slot) {
      Anchored first = s.startingAt(pos, slot.type());
      if (first == null || !fits(first, slot, s)) {
        return null;
      }
      List<Anchored> items = new ArrayList<>(List.of(first));
      int end = first.to();
      while (slot.list()) {
        int joiner = cues.lengthAt(CueList.LIST_JOINER, s.tokens(), end);
        Anchored next = joiner == 0 ? null : s.startingAt(end + joiner, slot.type());
        if (next == null || !fits(next, slot, s)) {
          break;
        }
        items.add(next);
        end = next.to();
      }
      return step(e + 1, end, slot.arg() == 1 ? items : arg1, slot.arg() == 2 ? items : arg2);
    }

    private Match gap(int e, int pos, List<Anchored> arg1, List<Anchored> arg2, EntityType guard) {
      for (int end = pos; end <= Math.min(s.size(), pos + PatternElement.Gap.MAX_TOKENS); end++) {
        if (end > pos && !mayStandInGap(s, end - 1, guard)) {
          return null;
        }
        Match m = step(e + 1, end, arg1, arg2);
        if (m != null) {
          return m;
        }
      }
      return null;
    }
  }

  private boolean fits(Anchored a, PatternElement.Slot slot, EventSentence s) {
    if (slot.kind() != null && !rankKinds.kindOf(a.mention().text()).equals(slot.kind())) {
      return false;
    }
    return !slot.head() || !afterGenitive(a, s);
  }

  /** True when a genitive word stands right before the mention ({@code của Liên Xô}). */
  boolean afterGenitive(Anchored a, EventSentence s) {
    return cues.lengthBefore(CueList.GENITIVE, s.tokens(), a.from()) > 0;
  }

  /** A gap stays in its clause and never passes over another mention that could be the slot's. */
  private boolean mayStandInGap(EventSentence s, int i, EntityType guard) {
    if (Clauses.isHardStop(s, i)) {
      return false;
    }
    Anchored starting = guard == null ? null : s.startingAt(i, guard);
    return starting == null || afterGenitive(starting, s);
  }
}
