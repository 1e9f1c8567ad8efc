package vnie.event;

import java.util.Locale;

/**
 * The cue lists of {@code event/cues.tsv} that the relation and event rules use by name (the
 * patterns of {@code relation-patterns.tsv} may use any list with {@code @list}). The pack must
 * have each of them: one that is missing is a problem when the rules load.
 */
enum CueList {
  AGENT_MARKER,
  ASPECT,
  BETWEEN,
  CLAUSE_OPENER,
  DESTINATION_PREPOSITION,
  FORCE_NOUN,
  GENITIVE,
  LIGHT_VERB,
  LIST_JOINER,
  LOCATOR_LINK,
  NOMINALIZER,
  OBJECT_STOP,
  PASSIVE,
  PLACE_CLASSIFIER,
  PLACE_NOUN,
  PLACE_PREPOSITION,
  PREPOSITION,
  RELATIVE,
  SEQUENCE_OPENER,
  SOURCE_PREPOSITION,
  UNDER_COMMAND;

  /** The list's name in the pack: {@code list-joiner}. */
  String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
