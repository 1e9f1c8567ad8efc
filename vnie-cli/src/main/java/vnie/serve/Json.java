package vnie.serve;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The JSON of the server, through Jackson. Answers are written compactly as UTF-8, the fields of a
 * record in the order of its components; quote, backslash and control characters are escaped
 * (lower-case hex), and so are U+2028 and U+2029, which old JavaScript parsers do not take raw.
 * Requests are read strictly: one value and nothing after it, no duplicate keys, no raw control
 * characters in strings, nesting at most {@link #MAX_DEPTH} deep, numbers of at most {@link
 * #MAX_NUMBER_LENGTH} characters. Thread-safe.
 */
final class Json {
  /** Deeper nesting in a request is refused before it can exhaust the stack. */
  static final int MAX_DEPTH = 64;

  /**
   * Longer numbers in a request are refused before they are converted, which takes time that grows
   * faster than their length (seconds for a million digits); vnie reads no number from a request.
   */
  static final int MAX_NUMBER_LENGTH = 100;

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              new JsonFactoryBuilder()
                  .characterEscapes(new LineSeparatorEscapes())
                  .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(MAX_NUMBER_LENGTH)
                          .build())
                  .build())
          .build();

  private Json() {}

  /** {@code value} (a record, list, map, string or number) as compact JSON in UTF-8. */
  static byte[] write(Object value) {
    try {
      return utf8(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName(), e);
    }
  }

  /** The one JSON value of {@code text}. */
  static JsonNode read(String text) throws MalformedJsonException {
    try (JsonParser parser = MAPPER.createParser(text)) {
      JsonNode value = MAPPER.readTree(parser);
      if (value == null) {
        throw new MalformedJsonException(text.length(), "a value expected, the text ends");
      }
      if (parser.nextToken() != null) {
        throw new MalformedJsonException(
            offset(parser.currentTokenLocation()), "text after the JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new MalformedJsonException(offset(e.getLocation()), e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("reading a string cannot fail", e);
    }
  }

  /** Malformed JSON, with the character offset where reading stopped. */
  static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(long offset, String reason) {
      super("malformed JSON at character " + offset + ": " + reason);
    }
  }

  private static long offset(JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getCharOffset());
  }

  /**
   * UTF-8 of {@code json}, where a surrogate without its pair (a request may send one as {@code
   * \}{@code ud800}) stands as its escape, since UTF-8 cannot encode it. Jackson passes such a
   * character through; in the answer it can only be inside a string, where the escape is its JSON
   * form.
   */
  private static byte[] utf8(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 == json.length() || !Character.isLowSurrogate(json.charAt(i + 1))
              : Character.isLowSurrogate(c)
                  && (i == 0 || !Character.isHighSurrogate(json.charAt(i - 1)));
      if (lone && out == null) {
        out = new StringBuilder(json.length() + 16).append(json, 0, i);
      }
      if (out != null && lone) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return (out == null ? json : out.toString()).getBytes(StandardCharsets.UTF_8);
  }

  /** Jackson's escapes, plus U+2028 and U+2029. */
  private static final class LineSeparatorEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      return switch (c) {
        case '\u2028' -> LINE_SEPARATOR;
        case '\u2029' -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }
}
