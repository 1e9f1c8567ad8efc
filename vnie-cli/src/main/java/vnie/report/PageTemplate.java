package vnie.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every vnie page ({@code page.jte}): a self-contained HTML document whose style sheet
 * and scripts are inline, so a report opens from disk with no network. Holds what the frame puts
 * in: the style sheet, the scripts and the content security policies. Stateless.
 */
final class PageTemplate {
  /** The style sheet of the report and the local page. */
  static final String STYLE = resource("report.css");

  /** Makes tables of class {@code sortable} sortable by a click on a header. */
  static final String SORTING_SCRIPT = resource("report.js");

  /**
   * The policy of a report file: nothing may be loaded from anywhere, only the inline style and
   * scripts run.
   */
  static final String OFFLINE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

  private PageTemplate() {}

  /**
   * The frame's parameters: the title, the policy (a meta element), and a script to run last
   * (JavaScript written by vnie, never user text; empty for none).
   */
  record Frame(String title, String policy, String script) {
    String style() {
      return STYLE;
    }
  }

  /** The text of a file shipped beside this class (style sheets and scripts). */
  static String resource(String name) {
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
