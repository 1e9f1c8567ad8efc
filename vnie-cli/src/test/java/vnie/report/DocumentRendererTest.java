package vnie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vnie.report.Highlight.Kind;
import vnie.report.Highlight.Verdict;

class DocumentRendererTest {
  private final DocumentRenderer renderer = new DocumentRenderer();

  private static Highlight mention(int start, int end, String type) {
    return new Highlight(
        start, end, Kind.MENTION, type, Verdict.UNSCORED, "d0-m" + start, List.of(type), List.of());
  }

  private String render(String text, List<Highlight> highlights, List<Listing> listings) {
    return renderer.render(new DocumentView("doc", "d0", text, highlights, listings));
  }

  @Test
  void mentionsAreMarkedWithTypeOffsetsAndTip() {
    String html = render("Tướng Giáp ở Hà Nội.", List.of(mention(6, 10, "PERSON")), List.of());
    assertEquals(
        "<section class=\"doc\" id=\"d0\" data-doc=\"doc\">\n<h2>doc</h2>\n"
            + "<div class=\"para\"><p>Tướng <mark class=\"mention t-PERSON\" id=\"d0-m6\""
            + " tabindex=\"0\" data-type=\"PERSON\" data-start=\"6\" data-end=\"10\""
            + " data-tip=\"PERSON\">Giáp</mark> ở Hà Nội.</p>\n</div>\n</section>\n",
        html);
  }

  @Test
  void theTextIsCutByItsOwnOffsetsInNfdWithCrlfParagraphs() {
    // "Hà Nội" in NFD is 9 characters; the second line starts after \r\n.
    String text = "Ha\u0300 No\u0302\u0323i\r\n\r\nVe\u0302\u0300 Hue\u0302\u0301";
    Highlight first = mention(0, 9, "LOCATION");
    Highlight second = mention(18, 23, "LOCATION");
    assertEquals("Hue\u0302\u0301", text.substring(18, 23));

    String html = render(text, List.of(first, second), List.of());

    assertEquals(
        List.of(
            "<p><mark class=\"mention t-LOCATION\" id=\"d0-m0\" tabindex=\"0\" data-type=\"LOCATION\""
                + " data-start=\"0\" data-end=\"9\" data-tip=\"LOCATION\">Ha\u0300 No\u0302\u0323i"
                + "</mark></p>",
            "<p>Ve\u0302\u0300 <mark class=\"mention t-LOCATION\" id=\"d0-m18\" tabindex=\"0\""
                + " data-type=\"LOCATION\" data-start=\"18\" data-end=\"23\""
                + " data-tip=\"LOCATION\">Hue\u0302\u0301</mark></p>"),
        paragraphs(html));
  }

  @Test
  void documentTextNeverBecomesMarkup() {
    String text = "<b>Hà Nội</b> & \"x\"";
    String html = render(text, List.of(mention(3, 9, "LOCATION")), List.of());
    assertEquals(
        List.of(
            "<p>&lt;b&gt;<mark class=\"mention t-LOCATION\" id=\"d0-m3\" tabindex=\"0\""
                + " data-type=\"LOCATION\" data-start=\"3\" data-end=\"9\" data-tip=\"LOCATION\">"
                + "Hà Nội</mark>&lt;/b&gt; &amp; \"x\"</p>"),
        paragraphs(html));
  }

  @Test
  void aSpanInsideAnotherNestsAndACrossingSpanIsSplitOnce() {
    String text = "abcdefghij";
    Highlight outer = mention(0, 6, "UNIT");
    Highlight inner = mention(2, 4, "LOCATION");
    Highlight crossing =
        new Highlight(
            5, 8, Kind.MISSED, "DATE", Verdict.FALSE_NEGATIVE, "d0-g5", List.of(), List.of());

    String html = render(text, List.of(outer, inner, crossing), List.of());

    String p = paragraphs(html).get(0);
    assertEquals(
        "<p><mark class=\"mention t-UNIT\" id=\"d0-m0\">ab"
            + "<mark class=\"mention t-LOCATION\" id=\"d0-m2\">cd</mark>e"
            + "<mark class=\"missed t-DATE false-negative\" id=\"d0-g5\">f</mark></mark>"
            + "<mark class=\"missed t-DATE false-negative cont\">gh</mark>ij</p>",
        p.replaceAll(" (tabindex|data-[a-z]+)=\"[^\"]*\"", ""));
  }

  @Test
  void aSpanOverALineBreakContinuesInTheNextParagraph() {
    String html = render("ab\ncd", List.of(mention(1, 4, "UNIT")), List.of());
    List<String> paragraphs = paragraphs(html);
    assertEquals(
        "<p>a<mark class=\"mention t-UNIT\" id=\"d0-m1\">b</mark></p>",
        paragraphs.get(0).replaceAll(" (tabindex|data-[a-z]+)=\"[^\"]*\"", ""));
    assertEquals(
        "<p><mark class=\"mention t-UNIT cont\">c</mark>d</p>",
        paragraphs.get(1).replaceAll(" (tabindex|data-[a-z]+)=\"[^\"]*\"", ""));
  }

  @Test
  void listingsGoUnderTheParagraphOfTheirOffsetWithLinks() {
    Listing relation =
        new Listing(
            4,
            "relation",
            List.of(
                Listing.Part.styled("R1 HasRank", "label"),
                Listing.Part.link("Giáp", "d0-m4"),
                Listing.Part.text(" → <x>")));
    String html = render("one\ntwo Giáp", List.of(), List.of(relation));
    assertEquals(
        "<div class=\"para\"><p>one</p>\n</div>\n<div class=\"para\"><p>two Giáp</p>\n"
            + "<ul class=\"listing\"><li class=\"relation\"><span class=\"label\">R1 HasRank</span>"
            + "<a href=\"#d0-m4\">Giáp</a> → &lt;x&gt;</li></ul>\n</div>\n",
        html.substring(html.indexOf("<div")).replace("</section>\n", ""));
  }

  private static List<String> paragraphs(String html) {
    return java.util.Arrays.stream(html.split("\n"))
        .filter(line -> line.startsWith("<div class=\"para\"><p>"))
        .map(line -> line.substring("<div class=\"para\">".length()))
        .toList();
  }
}
