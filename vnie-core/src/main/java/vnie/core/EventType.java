package vnie.core;

import java.util.Set;

/** The event types of the annotation guidelines and the roles each may fill. */
// Set.of is unmodifiable; Error Prone only trusts Guava's ImmutableSet, which vnie does not use.
@SuppressWarnings("ImmutableEnumChecker")
public enum EventType {
  Meet(Set.of("Participant", "Place", "Time")),
  Attack(Set.of("Attacker", "Target", "Place", "Time")),
  Move(Set.of("Mover", "Destination", "Time")),
  Capture(Set.of("Agent", "Place", "Time")),
  Surrender(Set.of("Agent", "Place", "Time")),
  Death(Set.of("Victim", "Place", "Time"));

  private final Set<String> roles;

  EventType(Set<String> roles) {
    this.roles = roles;
  }

  public Set<String> roles() {
    return roles;
  }

  /** The type named {@code name}, or null when it is not an event type. */
  public static EventType parseOrNull(String name) {
    for (EventType t : values()) {
      if (t.name().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
