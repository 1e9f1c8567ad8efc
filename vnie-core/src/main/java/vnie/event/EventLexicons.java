package vnie.event;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vnie.core.EventType;
import vnie.core.Lexicons;
import vnie.text.PhraseLexicon;

/**
 * Every data file of the relation and event rules, read once from {@code
 * src/main/resources/vnie/event/}, plus the rank kinds and place classifiers of the entity rules
 * ({@code ner/ranks.tsv}, {@code ner/place-classifiers.txt}). Immutable.
 */
record EventLexicons(
    Cues cues,
    List<RelationPattern> patterns,
    RankKinds rankKinds,
    PhraseLexicon<TriggerEntry> triggers,
    PhraseLexicon<String> triggerBlockers,
    PhraseLexicon<String> suppressors,
    Map<EventType, List<RoleRule>> roles) {

  /** The suppressor kind of phrases that start like a cue but are none ({@code không quân}). */
  static final String NOT_A_CUE = "none";

  EventLexicons {
    patterns = List.copyOf(patterns);
    roles = Map.copyOf(roles);
  }

  static EventLexicons load() {
    Map<String, List<String>> cueLists = Cues.group(Lexicons.rows("event/cues.tsv"));
    cueLists.put("place-classifier", List.copyOf(Lexicons.lines("ner/place-classifiers.txt")));
    Cues cues = Cues.of(cueLists);
    List<RelationPattern> patterns = new ArrayList<>();
    for (List<String> row : Lexicons.rows("event/relation-patterns.tsv")) {
      patterns.add(RelationPattern.parse(row, cues));
    }
    Map<String, TriggerEntry> triggers = new LinkedHashMap<>();
    for (List<String> row : Lexicons.rows("event/triggers.tsv")) {
      triggers.put(row.get(0), TriggerEntry.parse(row));
    }
    Map<String, String> suppressors = new LinkedHashMap<>();
    for (List<String> row : Lexicons.rows("event/suppressors.tsv")) {
      suppressors.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    }
    Map<EventType, List<RoleRule>> roles = new EnumMap<>(EventType.class);
    for (List<String> row : Lexicons.rows("event/roles.tsv")) {
      RoleRule rule = RoleRule.parse(row);
      roles.computeIfAbsent(rule.type(), t -> new ArrayList<>()).add(rule);
    }
    roles.replaceAll((t, rules) -> List.copyOf(rules));
    return new EventLexicons(
        cues,
        patterns,
        RankKinds.of(Lexicons.rows("ner/ranks.tsv")),
        PhraseLexicon.of(triggers, true),
        PhraseLexicon.ofPhrases(Lexicons.lines("event/trigger-blockers.txt"), true),
        PhraseLexicon.of(suppressors, true),
        roles);
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
