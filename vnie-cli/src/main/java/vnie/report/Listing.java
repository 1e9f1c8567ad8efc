package vnie.report;

import java.util.List;

/**
 * One line listed under the paragraph that holds {@code offset}: a relation, an event or a scoring
 * error, made of plain text and links to highlighted spans.
 *
 * @param offset where in the text the line belongs (its first span)
 * @param cssClass the class of the line, e.g. {@code relation} or {@code event}
 * @param parts the pieces of the line in order
 */
record Listing(int offset, String cssClass, List<Part> parts) {
  public Listing {
    parts = List.copyOf(parts);
  }

  /**
   * A piece of a line: text, linked to the highlight with id {@code anchor} when that is not empty.
   *
   * @param cssClass the class of the piece, empty for none
   */
  public record Part(String text, String anchor, String cssClass) {
    /** Plain text. */
    public static Part text(String text) {
      return new Part(text, "", "");
    }

    /** Text with a class, e.g. the type of a relation. */
    public static Part styled(String text, String cssClass) {
      return new Part(text, "", cssClass);
    }

    /** A link to the highlight with id {@code anchor}. */
    public static Part link(String text, String anchor) {
      return new Part(text, anchor, "");
    }

    /** The class, or null for none (the template then writes no class attribute). */
    String cssClassOrNull() {
      return cssClass.isEmpty() ? null : cssClass;
    }
  }
}
