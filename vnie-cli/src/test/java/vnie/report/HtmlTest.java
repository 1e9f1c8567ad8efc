package vnie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void markupCharactersAreEscaped() {
    assertEquals(
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; it&#39;s",
        Html.escape("<script>alert(\"x\")</script> & it's"));
  }

  @Test
  void vietnameseNfdAndLineBreaksAreKept() {
    String nfd = "Ha\u0300 No\u0302\u0323i\r\nHuế\tx";
    assertEquals(nfd, Html.escape(nfd));
  }

  @Test
  void forbiddenCharactersBecomeOneReplacementCharacterEach() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", Html.escape("a\u0007b\u007Fc\uD800"));
    assertEquals("\uFFFDx", Html.escape("\uDC00x"));
    assertEquals("\uD83D\uDE00", Html.escape("\uD83D\uDE00"), "a surrogate pair is kept");
  }

  @Test
  void tokensKeepLettersDigitsDashAndUnderscore() {
    assertEquals("LOCATION", Html.token("LOCATION"));
    assertEquals("a_b_c-1_", Html.token("a b\"c-1<"));
  }
}
