package vnie.event;

import vnie.core.EntityType;
import vnie.core.Mention;

/**
 * A mention with the tokens it covers in its sentence: {@code [from, to)}.
 *
 * @param index the mention's position among the sentence's mentions, in text order
 */
record Anchored(Mention mention, int from, int to, int index) {
  EntityType type() {
    return mention.type();
  }
}
