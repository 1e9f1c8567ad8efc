package vnie.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vnie.core.EventType;
import vnie.rules.Row;
import vnie.rules.RulePack;
import vnie.text.PhraseLexicon;

/**
 * Every data file of the relation and event rules, read once from the rule pack's {@code event/}
 * files, plus the rank kinds and place classifiers of the entity rules ({@code ner/ranks.tsv},
 * {@code ner/place-classifiers.txt}). Immutable.
 */
record EventLexicons(
    Cues cues,
    List<RelationPattern> patterns,
    RankKinds rankKinds,
    PhraseLexicon<TriggerEntry> triggers,
    PhraseLexicon<String> triggerBlockers,
    PhraseLexicon<String> suppressors,
    Map<EventType, List<RoleRule>> roles) {

  static final String RANKS = "ner/ranks.tsv";
  static final String PLACE_CLASSIFIERS = "ner/place-classifiers.txt";

  /** The suppressor kind of phrases that start like a cue but are none ({@code không quân}). */
  static final String NOT_A_CUE = "none";

  EventLexicons {
    patterns = List.copyOf(patterns);
    roles = Map.copyOf(roles);
  }

  /** The lexicons of the shipped rule pack. */
  static EventLexicons load() {
    return load(RulePack.shipped());
  }

  /**
   * The lexicons of {@code pack}; a row with a problem is left out, and the problem makes it fail.
   *
   * @throws vnie.rules.RulePackException when the pack has a problem
   */
  static EventLexicons load(RulePack pack) {
    return pack.verified(EventLexicons::read);
  }

  private static EventLexicons read(RulePack pack) {
    Map<String, List<String>> extra = new LinkedHashMap<>();
    extra.put(CueList.PLACE_CLASSIFIER.id(), List.copyOf(pack.entries(PLACE_CLASSIFIERS)));
    Cues cues = Cues.of(Cues.group(pack, "event/cues.tsv", extra));
    Set<String> kinds = new HashSet<>();
    pack.rows(RANKS).forEach(r -> kinds.add(r.get(1)));
    RankKinds rankKinds = new RankKinds(pack.table(RANKS), kinds);
    List<RelationPattern> patterns = new ArrayList<>();
    for (Row row : pack.rows("event/relation-patterns.tsv")) {
      parsed(pack, row, () -> RelationPattern.parse(row.cells(), cues, rankKinds))
          .ifPresent(patterns::add);
    }
    Map<String, TriggerEntry> triggers = new LinkedHashMap<>();
    for (Row row : pack.rows("event/triggers.tsv")) {
      parsed(pack, row, () -> TriggerEntry.parse(row.cells()))
          .ifPresent(t -> triggers.put(row.get(0), t));
    }
    Map<String, String> suppressors = new LinkedHashMap<>();
    for (Row row : pack.rows("event/suppressors.tsv")) {
      suppressors.put(row.get(0), row.get(1));
    }
    Map<EventType, List<RoleRule>> roles = new EnumMap<>(EventType.class);
    for (Row row : pack.rows("event/roles.tsv")) {
      parsed(pack, row, () -> RoleRule.parse(row.cells()))
          .ifPresent(r -> roles.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(r));
    }
    roles.replaceAll((t, rules) -> List.copyOf(rules));
    return new EventLexicons(
        cues,
        patterns,
        rankKinds,
        PhraseLexicon.of(triggers, true),
        PhraseLexicon.ofPhrases(pack.entries("event/trigger-blockers.txt"), true),
        PhraseLexicon.of(suppressors, true),
        roles);
  }

  /** What {@code parser} makes of {@code row}, or empty after recording its problem. */
  private static <T> Optional<T> parsed(RulePack pack, Row row, Supplier<T> parser) {
    try {
      return Optional.of(parser.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      pack.problem(row, e.getMessage());
      return Optional.empty();
    }
  }

  /** The rule of {@code slot} for {@code type}, or null when the type has none. */
  RoleRule rule(EventType type, RoleRule.Slot slot) {
    for (RoleRule r : roles.getOrDefault(type, List.of())) {
      if (r.slot() == slot) {
        return r;
      }
    }
    return null;
  }
}
