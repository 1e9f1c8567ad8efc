package vnie.report;

/**
 * Escaping for HTML: every piece of document text, type, value or file name goes through here, so
 * no text can open a tag or leave an attribute. Stateless.
 */
public final class Html {
  private Html() {}

  /**
   * {@code text} escaped for element content and for quoted attribute values. Characters that HTML
   * forbids in a document (C0 controls other than tab and line breaks, and lone surrogates) become
   * U+FFFD, one character for one, so the text keeps its length.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    appendEscaped(out, text, 0, text.length());
    return out.toString();
  }

  /** Appends {@code text.substring(start, end)} escaped, as {@link #escape}. */
  public static void appendEscaped(StringBuilder out, String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (forbidden(c) || loneSurrogate(text, i)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
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
  public static String token(String name) {
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
