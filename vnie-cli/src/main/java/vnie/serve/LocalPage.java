package vnie.serve;

import vnie.report.Html;
import vnie.report.Legend;
import vnie.report.PageTemplate;

/**
 * The page of {@code vnie serve}: a text box, a button that shows the text highlighted by the
 * report's renderer ({@code POST /api/render}), and one that downloads the entities as CSV ({@code
 * POST /api/entities.csv}). Stateless.
 */
final class LocalPage {
  /** The page may talk to its own server and nothing else. */
  static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
          + " connect-src 'self'; img-src data:";

  private static final String SCRIPT = PageTemplate.resource("serve.js");

  private LocalPage() {}

  static String html(int maxRequestBytes) {
    StringBuilder out = new StringBuilder();
    PageTemplate.open(out, "vnie", POLICY);
    out.append("<header><h1>vnie</h1>\n<p class=\"summary\">Paste a Vietnamese text to see its")
        .append(" people, ranks, units, places and dates, its relations and events. Up to ")
        .append(size(maxRequestBytes))
        .append(" of UTF-8; nothing leaves this computer.</p></header>\n")
        .append("<form id=\"extract-form\" class=\"extract\">\n")
        .append("<label for=\"text\">Text</label>\n")
        .append("<textarea id=\"text\" name=\"text\" rows=\"8\" lang=\"vi\" spellcheck=\"false\"")
        .append(" placeholder=\"")
        .append(Html.escape("Trung úy Albert Kotzebue gặp quân Liên Xô ngày 25/4/1945."))
        .append("\"></textarea>\n<div class=\"actions\">")
        .append("<button type=\"submit\" id=\"highlight\">Highlight</button> ")
        .append("<button type=\"button\" id=\"download\">Download entities.csv</button> ")
        .append("<span id=\"status\" role=\"status\"></span></div>\n</form>\n");
    Legend.render(false, out);
    out.append("<main id=\"result\" data-state=\"empty\"></main>\n");
    PageTemplate.close(out, SCRIPT);
    return out.toString();
  }

  /** {@code 1 MiB}, {@code 64 KiB} or {@code 1000 bytes}. */
  static String size(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }
}
