package vnie.core;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The event types of the annotation guidelines and the roles each may fill: the one definition of
 * both. The rule pack's {@code event/roles.tsv} and {@code event/triggers.tsv} say where the rules
 * find each role and are checked against it; the role columns of {@code events.csv} are {@link
 * #ROLES}.
 */
// Set.of is unmodifiable; Error Prone only trusts Guava's ImmutableSet, which vnie does not use.
@SuppressWarnings("ImmutableEnumChecker")
public enum EventType {
  Meet(Role.Participant, Role.Place, Role.Time),
  Attack(Role.Attacker, Role.Target, Role.Place, Role.Time),
  Move(Role.Mover, Role.Destination, Role.Time),
  Capture(Role.Agent, Role.Place, Role.Time),
  Surrender(Role.Agent, Role.Place, Role.Time),
  Death(Role.Victim, Role.Place, Role.Time);

  /** The roles of the guidelines, in their order (that of the role columns of the tables). */
  public enum Role {
    Participant,
    Attacker,
    Target,
    Agent,
    Mover,
    Destination,
    Victim,
    Place,
    Time
  }

  /** Every role of every event type, in the order of {@link Role}. */
  public static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::name).toList();

  private final Set<String> roles;

  EventType(Role... roles) {
    Set<String> names = new LinkedHashSet<>();
    for (Role role : roles) {
      names.add(role.name());
    }
    this.roles = Set.copyOf(names);
  }

  /** The names of the roles this type may fill. */
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
