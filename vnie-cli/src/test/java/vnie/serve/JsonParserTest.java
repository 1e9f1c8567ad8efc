package vnie.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {
  @Test
  void parsesEveryKindOfValue() throws Exception {
    Object value =
        JsonParser.parse(
            " {\"text\": \"Hà Nội\", \"n\": [0, -1.5e2, 10], \"ok\": true, \"no\": false,"
                + " \"none\": null, \"o\": {}} ");
    assertEquals(
        List.of("text", "n", "ok", "no", "none", "o"), List.copyOf(((Map<?, ?>) value).keySet()));
    Map<?, ?> map = (Map<?, ?>) value;
    assertEquals("Hà Nội", map.get("text"));
    assertEquals(
        List.of(new BigDecimal("0"), new BigDecimal("-1.5e2"), new BigDecimal("10")), map.get("n"));
    assertEquals(true, map.get("ok"));
    assertEquals(false, map.get("no"));
    assertNull(map.get("none"));
    assertEquals(Map.of(), map.get("o"));
    assertEquals(Arrays.asList(null, "x"), JsonParser.parse("[null,\"x\"]"));
  }

  @Test
  void decodesEscapesIncludingSurrogatePairs() throws Exception {
    assertEquals(
        "\"\\/\b\f\n\r\tà😀",
        JsonParser.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e0\\ud83d\\ude00\""));
  }

  @Test
  void malformedTextIsRefusedWithThePlaceAndTheReason() {
    assertMalformed("{\"text\": \"a}", "malformed JSON at character 12: the string is not closed");
    assertMalformed("{\"text\" \"a\"}", "malformed JSON at character 8: ':' expected");
    assertMalformed("{\"a\":1,}", "malformed JSON at character 7: a quoted key expected");
    assertMalformed("[1 2]", "malformed JSON at character 3: ']' expected");
    assertMalformed("{\"a\":1} x", "malformed JSON at character 8: text after the JSON value");
    assertMalformed("{\"a\":1,\"a\":2}", "malformed JSON at character 7: duplicate key \"a\"");
    assertMalformed(
        "\"a\nb\"",
        "malformed JSON at character 2: a control character must be escaped in a string");
    assertMalformed("\"\\x\"", "malformed JSON at character 1: bad escape \\x");
    assertMalformed(
        "\"\\u12g4\"", "malformed JSON at character 5: four hex digits expected after \\u");
    assertMalformed("01", "malformed JSON at character 1: text after the JSON value");
    assertMalformed("-", "malformed JSON at character 1: a digit expected");
    assertMalformed(
        "1.", "malformed JSON at character 2: a digit expected after the decimal point");
    assertMalformed("tru", "malformed JSON at character 0: unexpected word");
    assertMalformed("", "malformed JSON at character 0: a value expected, the text ends");
    assertMalformed("'a'", "malformed JSON at character 0: unexpected character '''");
  }

  @Test
  void deepNestingIsRefusedBeforeTheStackRunsOut() throws Exception {
    String ok = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
    JsonParser.parse(ok);
    String deep = "[".repeat(100_000);
    assertMalformed(
        deep,
        "malformed JSON at character "
            + (JsonParser.MAX_DEPTH + 1)
            + ": nested deeper than "
            + JsonParser.MAX_DEPTH
            + " levels");
  }

  private static void assertMalformed(String json, String message) {
    JsonParser.JsonException e =
        assertThrows(JsonParser.JsonException.class, () -> JsonParser.parse(json));
    assertEquals(message, e.getMessage());
  }
}
