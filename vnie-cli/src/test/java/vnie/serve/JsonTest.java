package vnie.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void valuesAreWrittenCompactlyInOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", 1);
    map.put("a", Arrays.asList("x", null, true, 2L, new BigDecimal("1.50")));
    map.put("empty", Map.of());
    assertEquals("{\"b\":1,\"a\":[\"x\",null,true,2,1.50],\"empty\":{}}", Json.write(map));
  }

  @Test
  void stringsEscapeQuotesBackslashesAndControlCharacters() {
    assertEquals(
        "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001i\\u001f\"",
        Json.write("a\"b\\c\nd\re\tf\bg\fh\u0001i\u001f"));
  }

  @Test
  void vietnameseAndPairedSurrogatesStayRawLoneSurrogatesAndLineSeparatorsAreEscaped() {
    assertEquals("\"Hà Nội 😀\"", Json.write("Hà Nội \uD83D\uDE00"));
    assertEquals("\"\\ud800x\\udc00\"", Json.write("\uD800x\uDC00"));
    assertEquals("\"\\u2028\\u2029\"", Json.write("\u2028\u2029"));
    assertEquals("\"</script>\"", Json.write("</script>"));
  }

  @Test
  void everyWrittenStringParsesBackToItself() throws Exception {
    String tricky = "Ha\u0300 \"No\u0302\u0323i\"\r\n\\ \u0000 \uD800 \uD83D\uDE00 \u2028";
    assertEquals(tricky, JsonParser.parse(Json.write(tricky)));
    List<Object> list = List.of("x", Map.of("k", List.of()));
    assertEquals(list, JsonParser.parse(Json.write(list)));
  }

  @Test
  void otherTypesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Json.write(1.5d));
    assertThrows(IllegalArgumentException.class, () -> Json.write(Map.of(1, "x")));
  }
}
