package vnie.text;

import java.text.Normalizer;

/**
 * The NFC form of a text together with a map from every NFC character back to the characters of the
 * text as read. Stages match on the NFC form (lexicons are NFC) but report offsets into the
 * original, which may be NFD.
 *
 * <p>The text is normalized in clusters of one base character and the combining marks after it, so
 * a cluster maps to one range of the original; token boundaries never fall inside a cluster.
 */
public final class NormalizedText {
  private final String original;
  private final String nfc;
  // Null when the text is already NFC: then every offset maps to itself.
  private final int[] rawStart;
  private final int[] rawEnd;

  private NormalizedText(String original, String nfc, int[] rawStart, int[] rawEnd) {
    this.original = original;
    this.nfc = nfc;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
  }

  /** Normalizes {@code original} to NFC and records where each NFC character came from. */
  public static NormalizedText of(String original) {
    if (Normalizer.isNormalized(original, Normalizer.Form.NFC)) {
      // The common case: offsets map to themselves, no tables needed.
      return new NormalizedText(original, original, null, null);
    }
    StringBuilder out = new StringBuilder(original.length());
    int[] starts = new int[original.length()];
    int[] ends = new int[original.length()];
    int i = 0;
    while (i < original.length()) {
      int clusterEnd = i + Character.charCount(original.codePointAt(i));
      while (clusterEnd < original.length() && isCombining(original.codePointAt(clusterEnd))) {
        clusterEnd += Character.charCount(original.codePointAt(clusterEnd));
      }
      String normalized =
          Normalizer.normalize(original.substring(i, clusterEnd), Normalizer.Form.NFC);
      for (int k = 0; k < normalized.length(); k++) {
        starts[out.length()] = i;
        ends[out.length()] = clusterEnd;
        out.append(normalized.charAt(k));
      }
      i = clusterEnd;
    }
    int n = out.length();
    return new NormalizedText(
        original,
        out.toString(),
        java.util.Arrays.copyOf(starts, n),
        java.util.Arrays.copyOf(ends, n));
  }

  private static boolean isCombining(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** The text as read. */
  public String original() {
    return original;
  }

  /** The NFC form. */
  public String nfc() {
    return nfc;
  }

  /** Offset in the original of the NFC character at {@code nfcIndex}. */
  public int originalStart(int nfcIndex) {
    return rawStart == null ? nfcIndex : rawStart[nfcIndex];
  }

  /** Offset in the original just after the NFC character at {@code nfcIndex}. */
  public int originalEnd(int nfcIndex) {
    return rawEnd == null ? nfcIndex + 1 : rawEnd[nfcIndex];
  }
}
