package vnie.eval;

import vnie.core.EntityType;

/**
 * One disagreement between prediction and gold, for error analysis.
 *
 * @param type the gold type, or the predicted type for a {@link Kind#FALSE_POSITIVE}
 * @param start start of the gold mention (of the predicted one for a false positive)
 * @param end end of that mention
 * @param text the text of that mention
 * @param other what the prediction said instead: the predicted type for {@link Kind#WRONG_TYPE},
 *     {@code "PREDICTED (gold GOLD)"} for {@link Kind#WRONG_VALUE}, else empty
 * @param context the mention in up to 40 characters of text either side, marked {@code [[…]]}
 */
public record ScoringError(
    String doc,
    Kind kind,
    EntityType type,
    int start,
    int end,
    String text,
    String other,
    String context) {

  /** What went wrong; counted in strict mode as noted. */
  public enum Kind {
    /** A predicted mention without gold: one FP. */
    FALSE_POSITIVE,
    /** A gold mention not predicted: one FN. */
    FALSE_NEGATIVE,
    /** The gold span predicted with another type: one FP and one FN. */
    WRONG_TYPE,
    /** A DATE matched strictly but with another value: a TP, wrong in value accuracy. */
    WRONG_VALUE
  }

  static final int CONTEXT_CHARS = 40;

  /**
   * {@code …left [[span]] right…}: the span with up to 40 characters either side, an ellipsis where
   * the text goes on, line breaks as spaces so that each error stays on one line.
   */
  public static String context(String text, int start, int end) {
    int from = Math.max(0, start - CONTEXT_CHARS);
    int to = Math.min(text.length(), end + CONTEXT_CHARS);
    // Do not cut a surrogate pair in half.
    if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
      from++;
    }
    if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
      to--;
    }
    String marked =
        (from > 0 ? "…" : "")
            + text.substring(from, start)
            + "[["
            + text.substring(start, end)
            + "]]"
            + text.substring(end, to)
            + (to < text.length() ? "…" : "");
    return marked.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }
}
