package vnie.eval;

/**
 * One relation, trigger or argument that the prediction and the gold disagree on.
 *
 * @param level {@code relation}, {@code trigger} or {@code argument}
 * @param kind {@code FALSE_POSITIVE} (predicted, not in gold) or {@code FALSE_NEGATIVE}
 * @param label the relation type, event type or role
 * @param text what it is, e.g. {@code HasRank(Alexey Zhadov, Tướng)} or {@code Meet gặp →
 *     Participant Mỹ}
 * @param start the start of its first span
 * @param end the end of its last span
 * @param context the first span in its surrounding text, marked {@code [[…]]}
 */
public record StructureError(
    String doc,
    String level,
    String kind,
    String label,
    String text,
    int start,
    int end,
    String context) {}
