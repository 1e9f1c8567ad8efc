package vnie.io;

import java.util.Locale;

/**
 * A count with its noun in the right number: {@code 1 document}, {@code 2 documents}; and the
 * totals line of an extraction, one wording for {@code vnie extract} and the Spark job.
 */
public final class Counted {
  private Counted() {}

  /** {@code count} and {@code noun}, with an s unless the count is one. */
  public static String of(long count, String noun) {
    return String.format(Locale.ROOT, "%d %s%s", count, noun, count == 1 ? "" : "s");
  }

  /** {@code 1 document, 3 mentions, 1 relation, 1 event, 0 files failed}. */
  public static String extraction(
      long documents, long mentions, long relations, long events, long failedFiles) {
    return String.join(
        ", ",
        of(documents, "document"),
        of(mentions, "mention"),
        of(relations, "relation"),
        of(events, "event"),
        of(failedFiles, "file") + " failed");
  }
}
