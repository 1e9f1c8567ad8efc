package vnie.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses JSON (RFC 8259) strictly into the values {@link Json} writes: objects as {@link Map},
 * arrays as {@link List}, strings, numbers as {@link BigDecimal}, booleans and null. Rejects
 * trailing text, duplicate keys, raw control characters in strings, bad escapes and nesting deeper
 * than {@link #MAX_DEPTH}, each with the character offset where it went wrong. One instance per
 * text; not thread-safe, and not meant to be shared.
 */
public final class JsonParser {
  /** Deeper nesting is refused before it can exhaust the stack. */
  public static final int MAX_DEPTH = 64;

  private final String text;
  private int position;

  private JsonParser(String text) {
    this.text = text;
  }

  /** The value of {@code text}, which must hold exactly one JSON value. */
  public static Object parse(String text) throws JsonException {
    JsonParser parser = new JsonParser(text);
    parser.skipSpace();
    Object value = parser.value(0);
    parser.skipSpace();
    if (parser.position < text.length()) {
      throw parser.error("text after the JSON value");
    }
    return value;
  }

  /** Malformed JSON, with the character offset where reading stopped. */
  public static final class JsonException extends Exception {
    private static final long serialVersionUID = 1L;

    JsonException(String message) {
      super(message);
    }
  }

  private Object value(int depth) throws JsonException {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
    if (position >= text.length()) {
      throw error("a value expected, the text ends");
    }
    char c = text.charAt(position);
    return switch (c) {
      case '{' -> object(depth);
      case '[' -> array(depth);
      case '"' -> string();
      case 't' -> literal("true", true);
      case 'f' -> literal("false", false);
      case 'n' -> literal("null", null);
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected character '" + c + "'");
      }
    };
  }

  private Map<String, Object> object(int depth) throws JsonException {
    Map<String, Object> map = new LinkedHashMap<>();
    position++; // {
    skipSpace();
    if (peek() == '}') {
      position++;
      return Collections.unmodifiableMap(map);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("a quoted key expected");
      }
      int keyStart = position;
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      Object value = value(depth + 1);
      if (map.containsKey(key)) {
        position = keyStart;
        throw error("duplicate key \"" + key + "\"");
      }
      map.put(key, value);
      skipSpace();
      if (peek() == ',') {
        position++;
      } else {
        expect('}');
        return Collections.unmodifiableMap(map);
      }
    }
  }

  private List<Object> array(int depth) throws JsonException {
    List<Object> list = new ArrayList<>();
    position++; // [
    skipSpace();
    if (peek() == ']') {
      position++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipSpace();
      list.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        position++;
      } else {
        expect(']');
        return Collections.unmodifiableList(list);
      }
    }
  }

  private String string() throws JsonException {
    position++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("the string is not closed");
      }
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        position--;
        throw error("a control character must be escaped in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (position >= text.length()) {
        throw error("the string is not closed");
      }
      char escaped = text.charAt(position++);
      switch (escaped) {
        case '"', '\\', '/' -> out.append(escaped);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(hexChar());
        default -> {
          position -= 2;
          throw error("bad escape \\" + escaped);
        }
      }
    }
  }

  private char hexChar() throws JsonException {
    if (position + 4 > text.length()) {
      throw error("four hex digits expected after \\u");
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      int digit = Character.digit(text.charAt(position), 16);
      if (digit < 0) {
        throw error("four hex digits expected after \\u");
      }
      value = value * 16 + digit;
      position++;
    }
    return (char) value;
  }

  private BigDecimal number() throws JsonException {
    int start = position;
    if (peek() == '-') {
      position++;
    }
    if (peek() == '0') {
      position++;
    } else if (!digits()) {
      throw error("a digit expected");
    }
    if (peek() == '.') {
      position++;
      if (!digits()) {
        throw error("a digit expected after the decimal point");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      position++;
      if (peek() == '+' || peek() == '-') {
        position++;
      }
      if (!digits()) {
        throw error("a digit expected in the exponent");
      }
    }
    try {
      return new BigDecimal(text.substring(start, position));
    } catch (NumberFormatException e) {
      position = start;
      throw error("a number out of range");
    }
  }

  /** Skips a run of digits; false when there was none. */
  private boolean digits() {
    int start = position;
    while (peek() >= '0' && peek() <= '9') {
      position++;
    }
    return position > start;
  }

  private Object literal(String word, Object value) throws JsonException {
    if (!text.startsWith(word, position)) {
      throw error("unexpected word");
    }
    position += word.length();
    return value;
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error("'" + c + "' expected");
    }
    position++;
  }

  /** The next character, or NUL at the end (NUL is never valid there, so it always fails). */
  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipSpace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private JsonException error(String what) {
    return new JsonException("malformed JSON at character " + position + ": " + what);
  }
}
