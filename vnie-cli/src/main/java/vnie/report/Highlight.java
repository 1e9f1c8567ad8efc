package vnie.report;

import java.util.List;
import java.util.Set;

/**
 * A span of a document's text to highlight: a predicted mention, a gold mention the prediction
 * missed, or an event trigger.
 *
 * @param start offset of the first character in the text as read
 * @param end offset after the last character
 * @param kind what the span is
 * @param label the entity type (or event type, for a trigger); picks the colour
 * @param verdict how the span compares with the gold annotation
 * @param anchor the HTML id other parts of the page link to
 * @param details the lines shown on hover: type, value, provenance, person, verdict
 * @param attributes extra {@code data-} attributes (name without the prefix, then value, in pairs):
 *     {@code source}, {@code value}, {@code person} or {@code event}
 */
record Highlight(
    int start,
    int end,
    Kind kind,
    String label,
    Verdict verdict,
    String anchor,
    List<String> details,
    List<String> attributes) {

  /** The names of the extra {@code data-} attributes the page's script reads. */
  private static final Set<String> ATTRIBUTE_NAMES = Set.of("source", "value", "person", "event");

  /** What a highlighted span is. */
  public enum Kind {
    /** A predicted entity mention (one element with class {@code mention} each). */
    MENTION("mention"),
    /** A gold mention without a prediction (class {@code missed}). */
    MISSED("missed"),
    /** The trigger of a predicted event (class {@code trigger}). */
    TRIGGER("trigger");

    private final String cssClass;

    Kind(String cssClass) {
      this.cssClass = cssClass;
    }

    public String cssClass() {
      return cssClass;
    }
  }

  /** How a span agrees with the gold annotation, as the entity scorer decided it. */
  public enum Verdict {
    /** No gold annotation to compare with. */
    UNSCORED(""),
    /** Same span and type as a gold mention. */
    CORRECT("correct"),
    /** Predicted, with no gold mention of the same span. */
    FALSE_POSITIVE("false-positive"),
    /** The gold span, predicted with another type. */
    WRONG_TYPE("type-error"),
    /** A DATE with the gold span and type but another value. */
    WRONG_VALUE("wrong-value"),
    /** A gold mention not predicted. */
    FALSE_NEGATIVE("false-negative");

    private final String cssClass;

    Verdict(String cssClass) {
      this.cssClass = cssClass;
    }

    /** The CSS class of the verdict, empty for {@link #UNSCORED}. */
    public String cssClass() {
      return cssClass;
    }
  }

  public Highlight {
    if (start < 0 || end <= start || kind == null || label == null || verdict == null) {
      throw new IllegalArgumentException("bad highlight " + kind + " " + start + "-" + end);
    }
    details = List.copyOf(details);
    attributes = List.copyOf(attributes);
    if (attributes.size() % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name/value pairs: " + attributes);
    }
    for (int i = 0; i < attributes.size(); i += 2) {
      if (!ATTRIBUTE_NAMES.contains(attributes.get(i))) {
        throw new IllegalArgumentException(
            "no such attribute of a highlight: " + attributes.get(i));
      }
    }
  }

  /** The value of the {@code data-} attribute {@code name}, or null when the span has none. */
  String attribute(String name) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return attributes.get(i + 1);
      }
    }
    return null;
  }
}
