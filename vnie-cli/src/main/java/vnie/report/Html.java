package vnie.report;

/**
 * What the templates need besides jte's escaping: text made visible and names made into tokens.
 * Stateless.
 */
final class Html {
  private Html() {}

  /**
   * {@code text} with the characters that HTML forbids in a document (C0 controls other than tab
   * and line breaks, DEL, and lone surrogates, which UTF-8 cannot encode) replaced by U+FFFD, one
   * character for one, so the text keeps its length and every offset still points into it.
   * Everything else, markup characters included, is left to the template's escaping.
   */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      boolean replace = forbidden(text.charAt(i)) || loneSurrogate(text, i);
      if (replace && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(replace ? '\uFFFD' : text.charAt(i));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean forbidden(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
  }

  /** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
  private static boolean loneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * A value usable inside an HTML id and a CSS class name: letters, digits, {@code -} and {@code _}
   * are kept, anything else becomes {@code _}. Used for type names, which are plain already.
   */
  static String token(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
      out.append(plain || c == '_' ? c : '_');
    }
    return out.toString();
  }
}
