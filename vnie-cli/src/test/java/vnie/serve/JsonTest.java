package vnie.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's JSON: the bytes it writes and what it refuses to read. */
class JsonTest {
  private static String write(Object value) {
    return new String(Json.write(value), UTF_8);
  }

  @Test
  void recordsAreWrittenCompactlyWithTheirComponentsInOrder() {
    assertEquals("{\"status\":413,\"error\":\"x\"}", write(new Routes.ErrorJson(413, "x")));
    assertEquals("[\"x\",null,true,2]", write(Arrays.asList("x", null, true, 2L)));
    assertEquals(
        "{\"type\":\"PERSON\",\"start\":6,\"end\":10,\"text\":\"Giáp\"}",
        write(new ExtractionJson.SpanRef("PERSON", 6, 10, "Giáp")));
  }

  @Test
  void stringsEscapeQuotesBackslashesAndControlCharacters() {
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001f\"",
        write("a\"b\\c\nd\re\tf\bg\fh\u0001i\u001f"));
  }

  @Test
  void vietnameseAndPairedSurrogatesStayRawLoneSurrogatesAndLineSeparatorsAreEscaped() {
    assertEquals("\"Hà Nội 😀\"", write("Hà Nội \uD83D\uDE00"));
    assertEquals("\"\\ud800x\\udc00\"", write("\uD800x\uDC00"));
    assertEquals("\"\\udc00\\ud800\"", write("\uDC00\uD800"));
    assertEquals("\"\\u2028\\u2029\"", write("\u2028\u2029"));
    assertEquals("\"</script>\"", write("</script>"));
  }

  @Test
  void everyWrittenStringReadsBackToItself() throws Exception {
    String tricky = "Ha\u0300 \"No\u0302\u0323i\"\r\n\\ \u0000 \uD800 \uD83D\uDE00 \u2028";
    assertEquals(tricky, Json.read(write(tricky)).textValue());
    JsonNode list = Json.read(write(List.of("x", List.of())));
    assertEquals(2, list.size());
    assertEquals("x", list.get(0).textValue());
  }

  @Test
  void readingDecodesEscapesIncludingSurrogatePairs() throws Exception {
    assertEquals(
        "\"\\/\b\f\n\r\tà😀",
        Json.read("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e0\\ud83d\\ude00\"").textValue());
  }

  @Test
  void malformedTextIsRefusedWithThePlace() {
    assertMalformed("{\"text\": \"a}", 12);
    assertMalformed("{\"text\" \"a\"}", 8);
    assertMalformed("{\"a\":1,}", 7);
    assertMalformed("[1 2]", 3);
    assertMalformed("\"a\nb\"", 2);
    assertMalformed("\"\\x\"", 2);
    assertMalformed("'a'", 0);
    assertEquals(
        "malformed JSON at character 8: text after the JSON value",
        malformed("{\"a\":1} 2").getMessage());
    assertEquals(
        "malformed JSON at character 0: a value expected, the text ends",
        malformed("").getMessage());
    assertTrue(malformed("{\"a\":1,\"a\":2}").getMessage().contains("Duplicate field 'a'"));
  }

  @Test
  void deepNestingIsRefusedBeforeTheStackRunsOut() throws Exception {
    String ok = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);
    assertTrue(Json.read(ok).isArray());
    String deep = "[".repeat(100_000);
    assertTrue(
        malformed(deep).getMessage().contains("nesting depth"), malformed(deep).getMessage());
  }

  private static void assertMalformed(String json, int offset) {
    String message = malformed(json).getMessage();
    assertTrue(message.startsWith("malformed JSON at character " + offset + ": "), message);
  }

  private static Json.MalformedJsonException malformed(String json) {
    return assertThrows(Json.MalformedJsonException.class, () -> Json.read(json));
  }
}
