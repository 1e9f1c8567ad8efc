package vnie.cli;

import java.util.Locale;

/** A count with its noun in the right number: {@code 1 document}, {@code 2 documents}. */
final class Counted {
  private Counted() {}

  static String of(long count, String noun) {
    return String.format(Locale.ROOT, "%d %s%s", count, noun, count == 1 ? "" : "s");
  }
}
