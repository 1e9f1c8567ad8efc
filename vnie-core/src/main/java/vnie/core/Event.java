package vnie.core;

import java.util.List;

/**
 * An event: its trigger span in the text as read and its arguments.
 *
 * @param triggerText exactly {@code documentText.substring(start, end)}
 */
public record Event(
    EventType type,
    int start,
    int end,
    String triggerText,
    List<Argument> arguments,
    Provenance provenance) {
  public Event {
    if (type == null || provenance == null || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad event " + type + " " + start + "-" + end);
    }
    if (triggerText.length() != end - start) {
      throw new IllegalArgumentException("trigger text does not fit offsets");
    }
    arguments = List.copyOf(arguments);
  }

  public Span span() {
    return new Span(start, end);
  }
}
