package vnie.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every vnie page: a self-contained HTML document whose style sheet and scripts are
 * inline, so a report opens from disk with no network. Stateless.
 */
public final class PageTemplate {
  /** The style sheet of the report and the local page. */
  public static final String STYLE = resource("report.css");

  /** Makes tables of class {@code sortable} sortable by a click on a header. */
  public static final String SORTING_SCRIPT = resource("report.js");

  /**
   * The policy of a report file: nothing may be loaded from anywhere, only the inline style and
   * scripts run.
   */
  public static final String OFFLINE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  private PageTemplate() {}

  /**
   * Opens a page: doctype, head with {@code title}, the content security policy as a meta element,
   * the inline style sheet, and the opening body tag.
   */
  public static void open(StringBuilder out, String title, String contentSecurityPolicy) {
    out.append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(Html.escape(contentSecurityPolicy))
        .append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
  }

  /** Closes a page, running {@code script} (JavaScript, written by vnie, never user text) last. */
  public static void close(StringBuilder out, String script) {
    if (!script.isEmpty()) {
      out.append("<script>\n").append(script).append("</script>\n");
    }
    out.append("</body>\n</html>\n");
  }

  /** The text of a file shipped beside this class (style sheets and scripts). */
  public static String resource(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource vnie/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
