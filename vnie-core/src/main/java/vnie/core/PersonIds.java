package vnie.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The id of the person each mention names, looked up by type and span: built once per document, as
 * the tables ask it for every mention (searching all people's mentions each time grew with the
 * square of the document's length).
 */
public final class PersonIds {
  private record Key(EntityType type, int start, int end) {}

  private final Map<Key, String> ids = new HashMap<>();

  PersonIds(List<Person> persons) {
    for (Person p : persons) {
      for (Mention m : p.mentions()) {
        ids.putIfAbsent(key(m), p.id()); // the first person that names it, as always
      }
    }
  }

  /** The id of the person {@code mention} names, or an empty string when it names none. */
  public String of(Mention mention) {
    return ids.getOrDefault(key(mention), "");
  }

  private static Key key(Mention m) {
    return new Key(m.type(), m.start(), m.end());
  }
}
