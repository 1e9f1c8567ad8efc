package vnie.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import vnie.core.Span;

/**
 * Renders a {@link DocumentView} as HTML: each paragraph of the text with its spans wrapped in
 * {@code <mark>} elements, and under it the lines that belong to it. The text is cut by the offsets
 * from the text exactly as read and escaped piece by piece. Stateless and thread-safe; the report
 * and the local web page share it.
 *
 * <p>Spans nest: a span inside another becomes a child element. Where two spans cross (a gold span
 * that starts inside a predicted one and ends after it), the later span is split at the crossing;
 * its second piece carries the class {@code cont} and no id, so each span still has exactly one
 * element without {@code cont}.
 */
public final class DocumentRenderer {
  /** Outer spans first, then the kinds in declaration order, then the given order. */
  private static final Comparator<Piece> NESTING_ORDER =
      Comparator.comparingInt(Piece::start)
          .thenComparing(Comparator.comparingInt(Piece::end).reversed())
          .thenComparing(p -> p.highlight().kind())
          .thenComparingInt(Piece::order);

  /** A highlight, or the part of it within one paragraph or up to a crossing span. */
  private record Piece(int start, int end, Highlight highlight, int order) {}

  /** Appends the section of {@code view} to {@code out}. */
  public void render(DocumentView view, StringBuilder out) {
    out.append("<section class=\"doc\" id=\"")
        .append(Html.escape(view.anchor()))
        .append("\" data-doc=\"")
        .append(Html.escape(view.id()))
        .append("\">\n<h2>")
        .append(Html.escape(view.id()))
        .append("</h2>\n");
    List<Span> paragraphs = Paragraphs.of(view.text());
    List<List<Listing>> listed = assignListings(view.listings(), paragraphs);
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      out.append("<div class=\"para\"><p>");
      renderText(view, paragraph, out);
      out.append("</p>\n");
      renderListings(listed.get(p), out);
      out.append("</div>\n");
    }
    out.append("</section>\n");
  }

  /** The listings of each paragraph: the last paragraph that starts at or before the offset. */
  private static List<List<Listing>> assignListings(List<Listing> listings, List<Span> paragraphs) {
    List<List<Listing>> byParagraph = new ArrayList<>();
    paragraphs.forEach(p -> byParagraph.add(new ArrayList<>()));
    for (Listing listing : listings) {
      int index = 0;
      for (int p = 0; p < paragraphs.size(); p++) {
        if (paragraphs.get(p).start() <= listing.offset()) {
          index = p;
        }
      }
      if (!paragraphs.isEmpty()) {
        byParagraph.get(index).add(listing);
      }
    }
    return byParagraph;
  }

  private static void renderText(DocumentView view, Span paragraph, StringBuilder out) {
    String text = view.text();
    PriorityQueue<Piece> queue = new PriorityQueue<>(NESTING_ORDER);
    List<Highlight> highlights = view.highlights();
    for (int i = 0; i < highlights.size(); i++) {
      Highlight h = highlights.get(i);
      int start = Math.max(h.start(), paragraph.start());
      int end = Math.min(h.end(), paragraph.end());
      if (start < end) {
        queue.add(new Piece(start, end, h, i));
      }
    }
    Deque<Piece> open = new ArrayDeque<>();
    int position = paragraph.start();
    while (!queue.isEmpty()) {
      Piece piece = queue.poll();
      while (!open.isEmpty() && open.peek().end() <= piece.start()) {
        position = close(open.pop(), text, position, out);
      }
      if (!open.isEmpty() && open.peek().end() < piece.end()) {
        int crossing = open.peek().end();
        queue.add(new Piece(crossing, piece.end(), piece.highlight(), piece.order()));
        piece = new Piece(piece.start(), crossing, piece.highlight(), piece.order());
      }
      Html.appendEscaped(out, text, position, piece.start());
      position = piece.start();
      openTag(piece, out);
      open.push(piece);
    }
    while (!open.isEmpty()) {
      position = close(open.pop(), text, position, out);
    }
    Html.appendEscaped(out, text, position, paragraph.end());
  }

  private static int close(Piece piece, String text, int position, StringBuilder out) {
    Html.appendEscaped(out, text, position, piece.end());
    out.append("</mark>");
    return piece.end();
  }

  private static void openTag(Piece piece, StringBuilder out) {
    Highlight h = piece.highlight();
    // A piece that does not start its highlight is a continuation, cut at a paragraph or a
    // crossing.
    boolean continuation = piece.start() != h.start();
    out.append("<mark class=\"").append(h.kind().cssClass());
    out.append(" t-").append(Html.token(h.label()));
    if (!h.verdict().cssClass().isEmpty()) {
      out.append(' ').append(h.verdict().cssClass());
    }
    if (continuation) {
      out.append(" cont");
    } else {
      out.append("\" id=\"").append(Html.escape(h.anchor())).append("\" tabindex=\"0");
    }
    out.append('"');
    attribute(out, "type", h.label());
    attribute(out, "start", Integer.toString(h.start()));
    attribute(out, "end", Integer.toString(h.end()));
    for (int i = 0; i < h.attributes().size(); i += 2) {
      attribute(out, h.attributes().get(i), h.attributes().get(i + 1));
    }
    attribute(out, "tip", String.join("\n", h.details()));
    out.append('>');
  }

  private static void attribute(StringBuilder out, String name, String value) {
    out.append(" data-")
        .append(Html.token(name))
        .append("=\"")
        .append(Html.escape(value))
        .append('"');
  }

  private static void renderListings(List<Listing> listings, StringBuilder out) {
    if (listings.isEmpty()) {
      return;
    }
    out.append("<ul class=\"listing\">");
    for (Listing listing : listings) {
      out.append("<li class=\"").append(Html.escape(listing.cssClass())).append("\">");
      for (Listing.Part part : listing.parts()) {
        renderPart(part, out);
      }
      out.append("</li>");
    }
    out.append("</ul>\n");
  }

  private static void renderPart(Listing.Part part, StringBuilder out) {
    String classAttribute =
        part.cssClass().isEmpty() ? "" : " class=\"" + Html.escape(part.cssClass()) + "\"";
    if (part.anchor().isEmpty()) {
      if (classAttribute.isEmpty()) {
        out.append(Html.escape(part.text()));
      } else {
        out.append("<span").append(classAttribute).append('>');
        out.append(Html.escape(part.text())).append("</span>");
      }
    } else {
      out.append("<a href=\"#").append(Html.escape(part.anchor())).append('"');
      out.append(classAttribute).append('>').append(Html.escape(part.text())).append("</a>");
    }
  }
}
