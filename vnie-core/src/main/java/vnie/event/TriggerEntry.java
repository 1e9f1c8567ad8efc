package vnie.event;

import java.util.List;
import java.util.regex.Pattern;
import vnie.core.EventType;

/**
 * An entry of {@code triggers.tsv}: the event type of a trigger phrase and the conditions under
 * which it is an event.
 *
 * @param needsAspect only after an aspect marker ({@code đã đến})
 * @param needsArgument only with an argument other than Time
 * @param verbOnly not as an attribute right after a force ({@code quân Mông Cổ xâm lược})
 * @param neededRole only when this role is filled, or empty
 * @param objectRole the role the mention after the trigger fills instead of the type's own, or
 *     empty
 */
record TriggerEntry(
    EventType type,
    boolean needsAspect,
    boolean needsArgument,
    boolean verbOnly,
    String neededRole,
    String objectRole) {
  private static final Pattern COMMA = Pattern.compile(",");

  /** Parses a row {@code phrase, type[, conditions]}. */
  static TriggerEntry parse(List<String> row) {
    EventType type = row.size() > 1 ? EventType.parseOrNull(row.get(1)) : null;
    if (type == null) {
      throw new IllegalStateException("trigger '" + row.get(0) + "' has no event type: " + row);
    }
    boolean aspect = false;
    boolean argument = false;
    boolean verb = false;
    String needed = "";
    String object = "";
    for (String condition : row.size() > 2 ? COMMA.split(row.get(2), -1) : new String[0]) {
      String c = condition.trim();
      if (c.equals("aspect")) {
        aspect = true;
      } else if (c.equals("argument")) {
        argument = true;
      } else if (c.equals("verb")) {
        verb = true;
      } else if (c.startsWith("needs=")) {
        needed = role(type, c.substring("needs=".length()), row);
      } else if (c.startsWith("object=")) {
        object = role(type, c.substring("object=".length()), row);
      } else if (!c.isEmpty()) {
        throw new IllegalStateException("unknown trigger condition '" + c + "': " + row);
      }
    }
    return new TriggerEntry(type, aspect, argument, verb, needed, object);
  }

  private static String role(EventType type, String role, List<String> row) {
    if (!type.roles().contains(role)) {
      throw new IllegalStateException(type + " has no role " + role + ": " + row);
    }
    return role;
  }
}
