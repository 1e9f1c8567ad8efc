package vnie.core;

import java.util.List;

/**
 * One person of a document: the PERSON mentions that name the same individual.
 *
 * @param id the person's id within its document, e.g. {@code P1}
 * @param canonical the longest name among the mentions, e.g. {@code William Robertson}
 * @param mentions the PERSON mentions, in text order
 */
public record Person(String id, String canonical, List<Mention> mentions) {
  public Person {
    if (id == null || id.isBlank() || canonical == null || canonical.isBlank()) {
      throw new IllegalArgumentException("a person needs an id and a name");
    }
    mentions = List.copyOf(mentions);
    if (mentions.isEmpty()) {
      throw new IllegalArgumentException("person " + id + " has no mention");
    }
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON) {
        throw new IllegalArgumentException("person " + id + " holds a " + m.type() + " mention");
      }
    }
  }

  /** The offset of the first mention. */
  public int firstOffset() {
    return mentions.stream().mapToInt(Mention::start).min().orElseThrow();
  }
}
