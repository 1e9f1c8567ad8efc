package vnie.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The clauses of a sentence. A clause ends at {@code . ; : ! ?} or at a comma that does not join a
 * list; a clause opener of {@code cues.tsv} ({@code khi}, {@code nhưng}, {@code thì} …) or a
 * sequence opener ({@code rồi}, {@code sau đó}) starts a new clause, with or without a comma before
 * it. What may carry over a boundary depends on its {@link Boundary kind}. Nothing inside brackets
 * splits a clause.
 */
final class Clauses {
  /** What stands before a clause. */
  enum Boundary {
    /** Nothing: the clause starts the sentence. */
    START,
    /** A comma: subject, time and place carry over. */
    COMMA,
    /** A sequence opener ({@code rồi}): the subject carries over, the time and place do not. */
    SEQUENCE,
    /** A clause opener ({@code khi}, {@code nhưng}) or {@code . ; : ! ?}: nothing carries over. */
    HARD
  }

  /** Tokens [from, to) of a clause and the boundary before it. */
  record Clause(int index, int from, int to, Boundary start) {}

  private static final Set<String> HARD = Set.of(".", ";", ":", "!", "?", "…", "...");
  private static final Set<String> OPEN = Set.of("(", "[");
  private static final Set<String> CLOSE = Set.of(")", "]");

  private final List<Clause> clauses;
  private final int[] clauseOfToken;
  private final int[] bracketDepth;

  private Clauses(List<Clause> clauses, int[] clauseOfToken, int[] bracketDepth) {
    this.clauses = List.copyOf(clauses);
    this.clauseOfToken = clauseOfToken;
    this.bracketDepth = bracketDepth;
  }

  static Clauses of(EventSentence s, Cues cues) {
    int n = s.size();
    int[] depth = new int[n];
    int open = 0;
    for (int i = 0; i < n; i++) {
      if (CLOSE.contains(s.lower(i)) && open > 0) {
        open--;
      }
      depth[i] = open;
      if (OPEN.contains(s.lower(i))) {
        open++;
      }
    }
    List<Clause> clauses = new ArrayList<>();
    int[] clauseOf = new int[n];
    int from = 0;
    Boundary start = Boundary.START;
    int i = 0;
    while (i < n) {
      int opener = depth[i] == 0 ? cues.lengthAt(CueList.CLAUSE_OPENER, s.tokens(), i) : 0;
      int sequence = depth[i] == 0 ? cues.lengthAt(CueList.SEQUENCE_OPENER, s.tokens(), i) : 0;
      if (opener > 0 || sequence > 0) {
        Boundary kind = opener >= sequence ? Boundary.HARD : Boundary.SEQUENCE;
        if (i > from) {
          clauses.add(close(clauses.size(), from, i, start, clauseOf));
          from = i;
          start = kind;
        } else if (start == Boundary.COMMA) {
          start = kind;
        }
        i += Math.max(opener, sequence);
        continue;
      }
      boolean boundary =
          depth[i] == 0
              && (HARD.contains(s.lower(i)) || (s.lower(i).equals(",") && !joinsList(s, i)));
      if (boundary) {
        clauses.add(close(clauses.size(), from, i + 1, start, clauseOf));
        from = i + 1;
        start = HARD.contains(s.lower(i)) ? Boundary.HARD : Boundary.COMMA;
      }
      i++;
    }
    if (from < n) {
      clauses.add(close(clauses.size(), from, n, start, clauseOf));
    }
    return new Clauses(clauses, clauseOf, depth);
  }

  /** A comma between two mentions of one type joins a list (Romania, Ý và Đức), not clauses. */
  private static boolean joinsList(EventSentence s, int comma) {
    Anchored before = s.endingAt(comma);
    return before != null && s.startingAt(comma + 1, before.type()) != null;
  }

  private static Clause close(int index, int from, int to, Boundary start, int[] clauseOf) {
    for (int k = from; k < to; k++) {
      clauseOf[k] = index;
    }
    return new Clause(index, from, to, start);
  }

  List<Clause> all() {
    return clauses;
  }

  Clause of(int token) {
    return clauses.get(clauseOfToken[token]);
  }

  boolean inBrackets(int token) {
    return bracketDepth[token] > 0;
  }

  /** True when only commas separate the clauses of tokens {@code a} and {@code b}. */
  boolean softlyJoined(int a, int b) {
    return joined(a, b, Set.of(Boundary.COMMA));
  }

  /** True when only commas and sequence openers separate the clauses of {@code a} and {@code b}. */
  boolean sequenceJoined(int a, int b) {
    return joined(a, b, Set.of(Boundary.COMMA, Boundary.SEQUENCE));
  }

  private boolean joined(int a, int b, Set<Boundary> allowed) {
    int from = Math.min(clauseOfToken[a], clauseOfToken[b]);
    int to = Math.max(clauseOfToken[a], clauseOfToken[b]);
    for (int c = from + 1; c <= to; c++) {
      if (!allowed.contains(clauses.get(c).start())) {
        return false;
      }
    }
    return true;
  }

  /** The index of the bracket that closes the one opening at {@code open}, or -1. */
  static int closingBracket(EventSentence s, int open) {
    if (!OPEN.contains(s.lower(open))) {
      return -1;
    }
    int depth = 0;
    for (int i = open; i < s.size(); i++) {
      if (OPEN.contains(s.lower(i))) {
        depth++;
      } else if (CLOSE.contains(s.lower(i)) && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** True at a token that ends a clause for good: {@code . ; : ! ?}. */
  static boolean isHardStop(EventSentence s, int i) {
    return HARD.contains(s.lower(i));
  }
}
