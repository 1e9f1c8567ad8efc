package vnie.report;

/**
 * The page of {@code vnie serve} ({@code local-page.jte}): a text box, a button that shows the text
 * highlighted by the report's renderer ({@code POST /api/render}), and one that downloads the
 * entities as CSV ({@code POST /api/entities.csv}). Stateless.
 */
public final class LocalPage {
  /** The page may talk to its own server and nothing else. */
  public static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline';"
          + " connect-src 'self'; img-src data:";

  /** The page's script. */
  static final String SCRIPT = PageTemplate.resource("serve.js");

  private LocalPage() {}

  /** The page, telling the user the largest body the server takes. */
  public static String html(int maxRequestBytes) {
    return Templates.render("localPage.jte", size(maxRequestBytes));
  }

  /** {@code 1 MiB}, {@code 64 KiB} or {@code 1000 bytes}. */
  static String size(int bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
  }
}
