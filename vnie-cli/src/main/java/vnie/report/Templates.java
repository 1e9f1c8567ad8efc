package vnie.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.Writer;

/**
 * The HTML templates of vnie's pages ({@code src/main/jte}, compiled to classes of this package by
 * the jte Maven plugin), rendered by jte with automatic, context-aware escaping: every value a
 * template writes with {@code ${…}} is escaped for where it stands, element content or attribute,
 * and first made visible ({@link Html#visible}). Only vnie's own style sheet and scripts are
 * written raw ({@code $unsafe{…}}). Thread-safe.
 */
final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), "vnie.report");

  private Templates() {}

  /** The template {@code name} (e.g. {@code "report.jte"}) rendered with its one parameter. */
  static String render(String name, Object parameter) {
    StringOutput out = new StringOutput();
    ENGINE.render(name, parameter, new VisibleHtmlOutput(out));
    return out.toString();
  }

  /**
   * The template {@code name} rendered with its one parameter onto {@code out}, piece by piece: a
   * report of thousands of documents does not fit in the default heap as one string.
   */
  static void render(String name, Object parameter, Writer out) {
    ENGINE.render(name, parameter, new VisibleHtmlOutput(new WriterOutput(out)));
  }

  /** jte's escaping output, with each value made visible before it is escaped. */
  private static final class VisibleHtmlOutput extends OwaspHtmlTemplateOutput {
    VisibleHtmlOutput(TemplateOutput out) {
      super(out);
    }

    @Override
    public void writeUserContent(String value) {
      super.writeUserContent(value == null ? null : Html.visible(value));
    }
  }
}
