package vnie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LocalPageTest {
  @Test
  void theLimitIsShownInTheLargestWholeUnit() {
    assertEquals("1 MiB", LocalPage.size(1024 * 1024));
    assertEquals("64 KiB", LocalPage.size(64 * 1024));
    assertEquals("1000 bytes", LocalPage.size(1000));
  }

  @Test
  void thePageHasTheTextBoxTheButtonsAndItsOwnPolicy() {
    String html = LocalPage.html(1024 * 1024);
    assertTrue(html.contains("<textarea id=\"text\" name=\"text\""), html);
    assertTrue(html.contains("<button type=\"submit\" id=\"highlight\">Highlight</button>"));
    assertTrue(html.contains("<button type=\"button\" id=\"download\">"));
    assertTrue(html.contains("Up to 1 MiB of UTF-8"));
    assertTrue(html.contains("connect-src &#39;self&#39;"), "the meta policy, escaped");
  }
}
