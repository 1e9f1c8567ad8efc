package vnie.report;

import vnie.core.EntityType;

/** The legend of the highlights: one colour per entity type, the trigger and the error marks. */
public final class Legend {
  private Legend() {}

  /** Appends the legend; the error marks only when the page compares with gold. */
  public static void render(boolean scored, StringBuilder out) {
    out.append("<div class=\"legend\" id=\"legend\"><strong>Legend</strong>");
    for (EntityType type : EntityType.values()) {
      out.append("<mark class=\"t-").append(type.name()).append("\">");
      out.append(type.name()).append("</mark>");
    }
    out.append("<mark class=\"trigger\">event trigger</mark>");
    if (scored) {
      out.append("<mark class=\"t-PERSON false-positive\">false positive</mark>")
          .append("<mark class=\"missed t-PERSON false-negative\">missed (gold)</mark>")
          .append("<mark class=\"t-PERSON type-error\">wrong type</mark>")
          .append("<mark class=\"t-DATE wrong-value\">wrong date value</mark>");
    }
    out.append("<span class=\"empty\">hover or focus a span for its type, value, source and")
        .append(" person</span></div>\n");
  }
}
