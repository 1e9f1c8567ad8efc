package vnie.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Span;

/**
 * Scores predicted entity mentions against gold as the guidelines define: strict (same start, end
 * and type) and overlap (same type, overlapping, one to one), per type, micro-averaged over
 * documents, macro-averaged over types, and the value accuracy of exactly matched DATEs. Stateless
 * and thread-safe.
 */
public final class EntityScorer {
  /** A scorer; it keeps no state, so one serves any number of calls. */
  public EntityScorer() {}

  private static final Comparator<Mention> TEXT_ORDER =
      Comparator.comparingInt(Mention::start)
          .thenComparingInt(Mention::end)
          .thenComparing(Mention::type);

  private static final Comparator<ScoringError> ERROR_ORDER =
      Comparator.comparing(ScoringError::doc)
          .thenComparingInt(ScoringError::start)
          .thenComparingInt(ScoringError::end)
          .thenComparing(ScoringError::kind);

  private static final int UNMATCHED = -1;

  /**
   * Scores the predicted mentions of each example against its gold mentions; errors quote the gold
   * text. The unscored documents of {@code examples} are listed as such.
   */
  public EntityScores score(Examples examples) {
    Tally tally = new Tally();
    for (Example e : examples.pairs()) {
      scoreDocument(e.id(), e.gold().mentions(), e.predicted().mentions(), e.gold().text(), tally);
    }
    tally.errors.sort(ERROR_ORDER);
    return new EntityScores(
        new ModeScores(MatchMode.STRICT, tally.strict),
        new ModeScores(MatchMode.OVERLAP, tally.overlap),
        new ValueAccuracy(tally.valuesCorrect, tally.valuesTotal),
        tally.errors,
        examples.unscored());
  }

  /** Everything counted so far; lives for one call of {@link #score}. */
  private static final class Tally {
    final Map<EntityType, Counts> strict = new EnumMap<>(EntityType.class);
    final Map<EntityType, Counts> overlap = new EnumMap<>(EntityType.class);
    final List<ScoringError> errors = new ArrayList<>();
    int valuesCorrect;
    int valuesTotal;

    void add(Map<EntityType, Counts> counts, EntityType type, int tp, int fp, int fn) {
      counts.merge(type, new Counts(tp, fp, fn), Counts::plus);
    }
  }

  private void scoreDocument(
      String doc,
      List<Mention> goldMentions,
      List<Mention> predMentions,
      String text,
      Tally tally) {
    List<Mention> gold = sorted(goldMentions);
    List<Mention> pred = sorted(predMentions);
    int[] strictMatch = matchExactly(gold, pred);
    boolean[] predUsed = new boolean[pred.size()];
    for (int g = 0; g < gold.size(); g++) {
      if (strictMatch[g] != UNMATCHED) {
        predUsed[strictMatch[g]] = true;
      }
    }
    ErrorSink errors = new ErrorSink(doc, text, tally.errors);
    for (int g = 0; g < gold.size(); g++) {
      Mention gm = gold.get(g);
      if (strictMatch[g] == UNMATCHED) {
        tally.add(tally.strict, gm.type(), 0, 0, 1);
        continue;
      }
      tally.add(tally.strict, gm.type(), 1, 0, 0);
      Mention pm = pred.get(strictMatch[g]);
      if (gm.type() == EntityType.DATE) {
        tally.valuesTotal++;
        if (gm.value().equals(pm.value())) {
          tally.valuesCorrect++;
        } else {
          errors.add(ScoringError.Kind.WRONG_VALUE, gm, pm.value() + " (gold " + gm.value() + ")");
        }
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!predUsed[p]) {
        tally.add(tally.strict, pred.get(p).type(), 0, 1, 0);
      }
    }
    reportStrictMisses(gold, pred, strictMatch, predUsed, errors);
    countOverlap(gold, pred, strictMatch, predUsed, tally);
  }

  /** Pairs each gold mention with an unused prediction of the same span and type. */
  private static int[] matchExactly(List<Mention> gold, List<Mention> pred) {
    Map<SpanKey, List<Integer>> byKey = new HashMap<>();
    for (int p = 0; p < pred.size(); p++) {
      byKey.computeIfAbsent(key(pred.get(p)), k -> new ArrayList<>()).add(p);
    }
    int[] match = new int[gold.size()];
    Arrays.fill(match, UNMATCHED);
    for (int g = 0; g < gold.size(); g++) {
      List<Integer> candidates = byKey.get(key(gold.get(g)));
      if (candidates != null && !candidates.isEmpty()) {
        match[g] = candidates.remove(0);
      }
    }
    return match;
  }

  /** What a strict match compares: type and span, not text, value or provenance. */
  private record SpanKey(EntityType type, int start, int end) {}

  private static SpanKey key(Mention m) {
    return new SpanKey(m.type(), m.start(), m.end());
  }

  /**
   * Reports the strictly unmatched mentions: a gold span predicted with another type is one
   * WRONG_TYPE error (still an FP and an FN in the counts), the rest are FNs and FPs.
   */
  private static void reportStrictMisses(
      List<Mention> gold,
      List<Mention> pred,
      int[] strictMatch,
      boolean[] predUsed,
      ErrorSink errors) {
    boolean[] reported = predUsed.clone();
    for (int g = 0; g < gold.size(); g++) {
      if (strictMatch[g] != UNMATCHED) {
        continue;
      }
      Mention gm = gold.get(g);
      int sameSpan = UNMATCHED;
      for (int p = 0; p < pred.size() && sameSpan == UNMATCHED; p++) {
        if (!reported[p] && pred.get(p).span().equals(gm.span())) {
          sameSpan = p;
        }
      }
      if (sameSpan == UNMATCHED) {
        errors.add(ScoringError.Kind.FALSE_NEGATIVE, gm, "");
      } else {
        reported[sameSpan] = true;
        errors.add(ScoringError.Kind.WRONG_TYPE, gm, pred.get(sameSpan).type().name());
      }
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!reported[p]) {
        errors.add(ScoringError.Kind.FALSE_POSITIVE, pred.get(p), "");
      }
    }
  }

  /** Keeps the exact pairs, then pairs the rest greedily in text order by overlap. */
  private static void countOverlap(
      List<Mention> gold,
      List<Mention> pred,
      int[] strictMatch,
      boolean[] strictUsed,
      Tally tally) {
    boolean[] used = strictUsed.clone();
    for (int g = 0; g < gold.size(); g++) {
      Mention gm = gold.get(g);
      boolean found = strictMatch[g] != UNMATCHED;
      for (int p = 0; p < pred.size() && !found; p++) {
        Mention pm = pred.get(p);
        if (!used[p] && pm.type() == gm.type() && pm.overlaps(gm)) {
          used[p] = true;
          found = true;
        }
      }
      tally.add(tally.overlap, gm.type(), found ? 1 : 0, 0, found ? 0 : 1);
    }
    for (int p = 0; p < pred.size(); p++) {
      if (!used[p]) {
        tally.add(tally.overlap, pred.get(p).type(), 0, 1, 0);
      }
    }
  }

  private static List<Mention> sorted(List<Mention> mentions) {
    List<Mention> copy = new ArrayList<>(mentions);
    copy.sort(TEXT_ORDER);
    return copy;
  }

  /** Builds errors of one document with their contexts. */
  private record ErrorSink(String doc, String text, List<ScoringError> errors) {
    void add(ScoringError.Kind kind, Mention m, String other) {
      errors.add(
          new ScoringError(doc, kind, m.type(), m.start(), m.end(), m.text(), other, context(m)));
    }

    private String context(Mention m) {
      Span span = m.span();
      if (span.end() > text.length() || !span.of(text).equals(m.text())) {
        return "[[" + m.text() + "]]";
      }
      return ScoringError.context(text, m.start(), m.end());
    }
  }
}
