package vnie.report;

import java.util.List;

/**
 * Everything the renderer shows of one document: its text as read, the spans to highlight and the
 * lines to list under its paragraphs.
 *
 * @param id the document name
 * @param anchor the HTML id of the document's section, unique within a page
 * @param text the text exactly as read; every offset points into it
 */
record DocumentView(
    String id, String anchor, String text, List<Highlight> highlights, List<Listing> listings) {
  public DocumentView {
    highlights = List.copyOf(highlights);
    listings = List.copyOf(listings);
    for (Highlight h : highlights) {
      if (h.end() > text.length()) {
        throw new IllegalArgumentException(
            "highlight " + h.start() + "-" + h.end() + " beyond the text of " + id);
      }
    }
  }
}
