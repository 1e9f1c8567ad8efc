package vnie.core;

/**
 * An entity mention: a typed span of the text as read.
 *
 * @param type the entity type
 * @param start offset of the first character in the text as read
 * @param end offset after the last character
 * @param text exactly {@code documentText.substring(start, end)}
 * @param value the normalized value (a TIMEX3 date for DATE), empty when there is none
 * @param provenance the rule, lexicon or model that produced the mention
 */
public record Mention(
    EntityType type, int start, int end, String text, String value, Provenance provenance) {
  public Mention {
    if (type == null || provenance == null || start < 0 || end <= start) {
      throw new IllegalArgumentException("bad mention " + type + " " + start + "-" + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "mention text '" + text + "' does not fit offsets " + start + "-" + end);
    }
    value = value == null ? "" : value;
  }

  /** Cuts the mention text out of the document text, so offsets and text always agree. */
  public static Mention of(
      String documentText, EntityType type, int start, int end, String value, Provenance source) {
    return new Mention(type, start, end, documentText.substring(start, end), value, source);
  }

  public Span span() {
    return new Span(start, end);
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }
}
