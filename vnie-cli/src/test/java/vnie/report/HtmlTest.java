package vnie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.report.Highlight.Kind;
import vnie.report.Highlight.Verdict;

class HtmlTest {
  @Test
  void markupCharactersAreEscapedByTheTemplatesInContentAndAttributes() {
    String text = "<script>alert(\"x\")</script> & it's";
    Highlight h =
        new Highlight(
            0, 8, Kind.MENTION, "PERSON", Verdict.UNSCORED, "d0-m0", List.of(text), List.of());
    String html =
        new DocumentRenderer().render(new DocumentView("a<b", "d0", text, List.of(h), List.of()));
    assertEquals(
        "<section class=\"doc\" id=\"d0\" data-doc=\"a&lt;b\">\n<h2>a&lt;b</h2>\n"
            + "<div class=\"para\"><p><mark class=\"mention t-PERSON\" id=\"d0-m0\" tabindex=\"0\""
            + " data-type=\"PERSON\" data-start=\"0\" data-end=\"8\" data-tip=\"&lt;script>alert("
            + "&#34;x&#34;)&lt;/script> &amp; it&#39;s\">&lt;script&gt;</mark>alert(\"x\")"
            + "&lt;/script&gt; &amp; it's</p>\n</div>\n</section>\n",
        html);
  }

  @Test
  void vietnameseNfdAndLineBreaksAreKept() {
    String nfd = "Ha\u0300 No\u0302\u0323i\r\nHuế\tx";
    assertSame(nfd, Html.visible(nfd));
  }

  @Test
  void forbiddenCharactersBecomeOneReplacementCharacterEach() {
    assertEquals("a\uFFFDb\uFFFDc\uFFFD", Html.visible("a\u0007b\u007Fc\uD800"));
    assertEquals("\uFFFDx", Html.visible("\uDC00x"));
    assertEquals("\uD83D\uDE00", Html.visible("\uD83D\uDE00"), "a surrogate pair is kept");
  }

  @Test
  void theTemplatesMakeEveryValueVisible() {
    String text = "a\u0007b \uD800";
    String html =
        new DocumentRenderer().render(new DocumentView("d", "d0", text, List.of(), List.of()));
    assertEquals(
        "<section class=\"doc\" id=\"d0\" data-doc=\"d\">\n<h2>d</h2>\n"
            + "<div class=\"para\"><p>a\uFFFDb \uFFFD</p>\n</div>\n</section>\n",
        html);
  }

  @Test
  void tokensKeepLettersDigitsDashAndUnderscore() {
    assertEquals("LOCATION", Html.token("LOCATION"));
    assertEquals("a_b_c-1_", Html.token("a b\"c-1<"));
  }
}
