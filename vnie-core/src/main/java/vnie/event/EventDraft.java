package vnie.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event being built for one trigger: its arguments by role, in the order found. Lives for one
 * sentence of one {@link EventStage#apply} call.
 */
final class EventDraft {
  private final TriggerFinder.Trigger trigger;
  private final Map<String, List<Anchored>> roles = new LinkedHashMap<>();
  private final List<Anchored> subjects = new ArrayList<>();
  private final List<Anchored> objects = new ArrayList<>();

  EventDraft(TriggerFinder.Trigger trigger) {
    this.trigger = trigger;
  }

  TriggerFinder.Trigger trigger() {
    return trigger;
  }

  /** The mentions found in subject position, whatever role they fill. */
  List<Anchored> subjects() {
    return subjects;
  }

  /** The mentions found in object position, whatever role they fill. */
  List<Anchored> objects() {
    return objects;
  }

  void addSubjects(String role, List<Anchored> mentions) {
    subjects.addAll(mentions);
    addAll(role, mentions);
  }

  void addObjects(String role, List<Anchored> mentions) {
    objects.addAll(mentions);
    addAll(role, mentions);
  }

  void addAll(String role, List<Anchored> mentions) {
    for (Anchored a : mentions) {
      add(role, a);
    }
  }

  void add(String role, Anchored mention) {
    List<Anchored> fillers = roles.computeIfAbsent(role, r -> new ArrayList<>());
    if (!fillers.contains(mention)) {
      fillers.add(mention);
    }
  }

  List<Anchored> get(String role) {
    return roles.getOrDefault(role, List.of());
  }

  boolean has(String role) {
    return !get(role).isEmpty();
  }

  /** True when a role other than Time is filled. */
  boolean hasCoreArgument() {
    return roles.entrySet().stream()
        .anyMatch(e -> !e.getKey().equals("Time") && !e.getValue().isEmpty());
  }

  boolean holds(Anchored mention) {
    return roles.values().stream().anyMatch(list -> list.contains(mention));
  }

  Map<String, List<Anchored>> roles() {
    return roles;
  }
}
