package vnie.report;

import java.util.Locale;

/** Measures as the reports print them: three decimals with a point, whatever the locale. */
final class Numbers {
  private Numbers() {}

  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
