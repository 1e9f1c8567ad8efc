package vnie.core;

/** The annotation layers a document can carry; stages declare which they need and add. */
public enum Layer {
  TOKENS,
  SENTENCES,
  WORDS,
  POS,
  ENTITIES,
  RELATIONS,
  EVENTS,
  /** People: the PERSON mentions of a document linked into persons. */
  PERSONS
}
