package vnie.serve;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes JSON from plain Java values: {@link Map} (string keys, in iteration order), {@link List},
 * {@link String}, {@link Integer}, {@link Long}, {@link BigDecimal}, {@link Boolean} and null.
 * Strings are escaped so that any Java string round-trips, lone surrogates included. Stateless.
 *
 * <p>vnie writes its few JSON answers with this instead of a JSON library: the tree is small, the
 * escaping rules fit in one method that the tests pin down, and the library jar stays free of a
 * dependency its users would inherit.
 */
public final class Json {
  private Json() {}

  /** {@code value} as compact JSON. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof BigDecimal d) {
      out.append(d.toString());
    } else if (value instanceof Boolean b) {
      out.append(b.booleanValue());
    } else if (value instanceof Map<?, ?> map) {
      object(map, out);
    } else if (value instanceof List<?> list) {
      array(list, out);
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  private static void object(Map<?, ?> map, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> e : map.entrySet()) {
      if (!(e.getKey() instanceof String key)) {
        throw new IllegalArgumentException("JSON keys are strings, not " + e.getKey());
      }
      if (!first) {
        out.append(',');
      }
      first = false;
      string(key, out);
      out.append(':');
      write(e.getValue(), out);
    }
    out.append('}');
  }

  private static void array(List<?> list, StringBuilder out) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      write(list.get(i), out);
    }
    out.append(']');
  }

  /**
   * A JSON string: quote, backslash and control characters escaped; U+2028 and U+2029 too, which
   * old JavaScript parsers do not take raw; a surrogate without its pair as {@code \}{@code uXXXX},
   * since UTF-8 cannot encode it.
   */
  static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean paired =
              Character.isHighSurrogate(c)
                  ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                  : Character.isLowSurrogate(c)
                      && i > 0
                      && Character.isHighSurrogate(s.charAt(i - 1));
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || (Character.isSurrogate(c) && !paired)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
