package vnie.event;

import vnie.core.EntityType;
import vnie.core.Mention;

/** A mention with the tokens it covers in its sentence: {@code [from, to)}. */
record Anchored(Mention mention, int from, int to) {
  EntityType type() {
    return mention.type();
  }
}
