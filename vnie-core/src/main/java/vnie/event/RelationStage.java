package vnie.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vnie.core.Document;
import vnie.core.Layer;
import vnie.core.Provenance;
import vnie.core.Relation;
import vnie.core.RelationType;
import vnie.core.Span;
import vnie.pipeline.Stage;
import vnie.rules.RulePack;

/**
 * HasRank and Commands relations from the patterns of {@code relation-patterns.tsv}, between
 * mentions of one sentence; each relation's provenance is the id of the pattern that found it.
 * Stateless and thread-safe.
 */
public final class RelationStage implements Stage {
  private static final Comparator<Relation> TEXT_ORDER =
      Comparator.comparingInt((Relation r) -> r.arg1().start())
          .thenComparingInt(r -> r.arg2().start())
          .thenComparing(Relation::type);

  private final List<RelationPattern> patterns;
  private final PatternMatcher matcher;

  public RelationStage() {
    this(EventLexicons.load());
  }

  /**
   * The stage with the rules of {@code pack}.
   *
   * @throws vnie.rules.RulePackException when the pack has a problem
   */
  public RelationStage(RulePack pack) {
    this(EventLexicons.load(pack));
  }

  RelationStage(EventLexicons lexicons) {
    this.patterns = lexicons.patterns();
    this.matcher = new PatternMatcher(lexicons.cues(), lexicons.rankKinds());
  }

  @Override
  public String name() {
    return "relations";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.RELATIONS);
  }

  @Override
  public Document apply(Document document) {
    List<Relation> relations = new ArrayList<>();
    for (EventSentence s : EventSentence.of(document)) {
      relations.addAll(find(s));
    }
    return document.withRelations(relations);
  }

  /** The relations of one sentence, in text order; the first pattern that finds one names it. */
  List<Relation> find(EventSentence s) {
    Map<Key, Relation> found = new LinkedHashMap<>();
    for (RelationPattern pattern : patterns) {
      for (int start = 0; start < s.size(); start++) {
        PatternMatcher.Match m = matcher.matchAt(pattern, s, start);
        if (m == null) {
          continue;
        }
        for (Anchored a1 : m.arg1()) {
          for (Anchored a2 : m.arg2()) {
            found.putIfAbsent(
                new Key(pattern.type(), a1.mention().span(), a2.mention().span()),
                new Relation(
                    pattern.type(), a1.mention(), a2.mention(), new Provenance(pattern.id())));
          }
        }
      }
    }
    List<Relation> ordered = new ArrayList<>(found.values());
    ordered.sort(TEXT_ORDER);
    return ordered;
  }

  private record Key(RelationType type, Span arg1, Span arg2) {}
}
