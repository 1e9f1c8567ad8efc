package vnie.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.PriorityQueue;
import vnie.core.Document;
import vnie.core.Span;

/**
 * Renders a {@link DocumentView} as HTML ({@code document.jte}): each paragraph of the text with
 * its spans wrapped in {@code <mark>} elements, and under it the lines that belong to it. The text
 * is cut by the offsets from the text exactly as read; the template escapes each piece. Stateless
 * and thread-safe; the report and the local web page share it.
 *
 * <p>Spans nest: a span inside another becomes a child element. Where two spans cross (a gold span
 * that starts inside a predicted one and ends after it), the later span is split at the crossing;
 * its second piece carries the class {@code cont} and no id, so each span still has exactly one
 * element without {@code cont}.
 */
public final class DocumentRenderer {
  /** A renderer; it keeps no state, so one serves every thread. */
  public DocumentRenderer() {}

  /** Outer spans first, then the kinds in declaration order, then the given order. */
  private static final Comparator<Piece> NESTING_ORDER =
      Comparator.comparingInt(Piece::start)
          .thenComparing(Comparator.comparingInt(Piece::end).reversed())
          .thenComparing(p -> p.highlight().kind())
          .thenComparingInt(Piece::order);

  /** A highlight, or the part of it within one paragraph or up to a crossing span. */
  private record Piece(int start, int end, Highlight highlight, int order) {}

  /** What {@code document.jte} shows of a document: its section, paragraph by paragraph. */
  record Section(String anchor, String id, List<Paragraph> paragraphs) {}

  /** A paragraph: its text and marks in order, and the lines listed under it. */
  record Paragraph(List<Node> nodes, List<Listing> listings) {}

  /** A piece of text, the opening tag of a mark, or the end of the innermost open mark. */
  record Node(String text, Mark mark, boolean closes) {
    static Node text(String text) {
      return new Node(text, null, false);
    }
  }

  /**
   * The opening tag of a {@code <mark>}: the attributes that are null are left out (a continued
   * piece has no id and is not focusable; a trigger has no source).
   */
  record Mark(
      String cssClass,
      String id,
      String tabindex,
      String type,
      int start,
      int end,
      String source,
      String value,
      String person,
      String event,
      String tip) {}

  /**
   * The section of {@code doc} as HTML: its text with the mentions and triggers highlighted, and
   * its relations and events under their paragraphs; {@code anchor} prefixes every id.
   */
  public String render(Document doc, String anchor) {
    return render(DocumentViews.of(doc, anchor));
  }

  /** The section of {@code view} as HTML. */
  String render(DocumentView view) {
    return Templates.render("document.jte", section(view));
  }

  /** The section of {@code view}, for a template that renders several. */
  static Section section(DocumentView view) {
    List<Span> spans = Paragraphs.of(view.text());
    List<List<Listing>> listed = assignListings(view.listings(), spans);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int p = 0; p < spans.size(); p++) {
      paragraphs.add(new Paragraph(nodes(view, spans.get(p)), listed.get(p)));
    }
    return new Section(view.anchor(), view.id(), paragraphs);
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

  private static List<Node> nodes(DocumentView view, Span paragraph) {
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
    List<Node> nodes = new ArrayList<>();
    Deque<Piece> open = new ArrayDeque<>();
    int position = paragraph.start();
    while (!queue.isEmpty()) {
      Piece piece = queue.poll();
      while (!open.isEmpty() && open.peek().end() <= piece.start()) {
        position = close(open.pop(), text, position, nodes);
      }
      if (!open.isEmpty() && open.peek().end() < piece.end()) {
        int crossing = open.peek().end();
        queue.add(new Piece(crossing, piece.end(), piece.highlight(), piece.order()));
        piece = new Piece(piece.start(), crossing, piece.highlight(), piece.order());
      }
      addText(text, position, piece.start(), nodes);
      position = piece.start();
      nodes.add(new Node(null, mark(piece), false));
      open.push(piece);
    }
    while (!open.isEmpty()) {
      position = close(open.pop(), text, position, nodes);
    }
    addText(text, position, paragraph.end(), nodes);
    return nodes;
  }

  private static void addText(String text, int start, int end, List<Node> nodes) {
    if (start < end) {
      nodes.add(Node.text(text.substring(start, end)));
    }
  }

  private static int close(Piece piece, String text, int position, List<Node> nodes) {
    addText(text, position, piece.end(), nodes);
    nodes.add(new Node(null, null, true));
    return piece.end();
  }

  private static Mark mark(Piece piece) {
    Highlight h = piece.highlight();
    // A piece that does not start its highlight is a continuation, cut at a paragraph or a
    // crossing.
    boolean continuation = piece.start() != h.start();
    StringBuilder cssClass = new StringBuilder(h.kind().cssClass());
    cssClass.append(" t-").append(Html.token(h.label()));
    if (!h.verdict().cssClass().isEmpty()) {
      cssClass.append(' ').append(h.verdict().cssClass());
    }
    if (continuation) {
      cssClass.append(" cont");
    }
    return new Mark(
        cssClass.toString(),
        continuation ? null : h.anchor(),
        continuation ? null : "0",
        h.label(),
        h.start(),
        h.end(),
        h.attribute("source"),
        h.attribute("value"),
        h.attribute("person"),
        h.attribute("event"),
        String.join("\n", h.details()));
  }
}
