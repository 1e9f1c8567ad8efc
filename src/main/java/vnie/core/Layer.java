package vnie.core;

/** The annotation layers a document can carry; stages declare which they need and add. */
public enum Layer {
  TOKENS,
  SENTENCES,
  WORDS,
  POS,
  ENTITIES,
  RELATIONS,
  EVENTS
}
