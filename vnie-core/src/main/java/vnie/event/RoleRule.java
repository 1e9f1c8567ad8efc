package vnie.event;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vnie.core.EntityType;
import vnie.core.EventType;

/**
 * A row of {@code roles.tsv}: the role that a slot ({@code subject}, {@code object}, {@code place}
 * or {@code time}) of an event type fills and the entity types that may fill it.
 */
record RoleRule(EventType type, Slot slot, String role, Set<EntityType> entityTypes) {
  private static final Pattern SPACES = Pattern.compile(" +");

  /** Where in the sentence a role is looked for. */
  enum Slot {
    SUBJECT,
    OBJECT,
    PLACE,
    TIME
  }

  RoleRule {
    entityTypes = Set.copyOf(entityTypes);
  }

  static RoleRule parse(List<String> row) {
    if (row.size() != 4) {
      throw new IllegalStateException("a role row needs type, slot, role, entity types: " + row);
    }
    EventType type = EventType.parseOrNull(row.get(0));
    if (type == null || !type.roles().contains(row.get(2))) {
      throw new IllegalStateException("unknown event type or role: " + row);
    }
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    for (String t : SPACES.split(row.get(3).trim(), -1)) {
      types.add(EntityType.valueOf(t));
    }
    Slot slot = Slot.valueOf(row.get(1).toUpperCase(Locale.ROOT));
    return new RoleRule(type, slot, row.get(2), types);
  }

  boolean accepts(Anchored a) {
    return entityTypes.contains(a.type());
  }
}
