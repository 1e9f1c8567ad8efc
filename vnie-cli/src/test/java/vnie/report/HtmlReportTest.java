package vnie.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vnie.core.Document;
import vnie.core.EntityType;
import vnie.core.Mention;
import vnie.core.Provenance;
import vnie.eval.Counts;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.Examples;

class HtmlReportTest {
  private static final Provenance RULE = new Provenance("rule");

  private static Mention at(String text, String words, EntityType type) {
    int start = text.indexOf(words);
    return Mention.of(text, type, start, start + words.length(), "", RULE);
  }

  private static Document doc(String id, String text, List<Mention> mentions) {
    return Document.of(id, text).withMentions(mentions);
  }

  private static final String GOOD_TEXT = "Tướng Giáp ở Hà Nội.";
  private static final String BAD_TEXT = "Quân Pháp ở Huế <script>.";

  /** A document predicted exactly as its gold. */
  private static final Document GOOD =
      doc(
          "good",
          GOOD_TEXT,
          List.of(
              at(GOOD_TEXT, "Tướng", EntityType.RANK),
              at(GOOD_TEXT, "Giáp", EntityType.PERSON),
              at(GOOD_TEXT, "Hà Nội", EntityType.LOCATION)));

  private static final List<Document> GOLD =
      List.of(
          GOOD,
          doc(
              "bad",
              BAD_TEXT,
              List.of(
                  at(BAD_TEXT, "Pháp", EntityType.LOCATION),
                  at(BAD_TEXT, "Huế", EntityType.LOCATION))),
          doc("gold-only", "Ở Huế.", List.of(at("Ở Huế.", "Huế", EntityType.LOCATION))));

  private static final List<Document> PREDICTED =
      List.of(
          doc(
              "bad",
              BAD_TEXT,
              List.of(
                  at(BAD_TEXT, "Quân Pháp", EntityType.UNIT),
                  at(BAD_TEXT, "Huế", EntityType.PERSON))),
          GOOD,
          doc("unscored", "Ở Vinh.", List.of(at("Ở Vinh.", "Vinh", EntityType.LOCATION))));

  private final String html = new HtmlReport().render(new ReportInput("t", PREDICTED, GOLD));

  @Test
  void theEntityTableShowsTheScorersCounts() {
    EntityScores scores =
        new EntityScorer().score(Examples.pair(GOLD, List.of(PREDICTED.get(0), PREDICTED.get(1))));
    for (EntityType type : EntityType.values()) {
      if (scores.strict().perType().containsKey(type)) {
        assertEquals(cells(scores.strict().of(type)), row(type.name()), type + " row of " + scores);
      }
    }
    assertEquals(cells(scores.strict().micro()), row("micro"));
    assertEquals(new Counts(3, 2, 3), scores.strict().micro());
  }

  @Test
  void theIndexListsDocumentsWorstFirstWithUnscoredOnesLast() {
    Matcher rows = Pattern.compile("<tr data-doc=\"([^\"]+)\">").matcher(html);
    StringBuilder order = new StringBuilder();
    while (rows.find()) {
      order.append(rows.group(1)).append(' ');
    }
    assertEquals("bad gold-only good unscored ", order.toString());
  }

  @Test
  void everyDocumentIsShownAndAGoldDocumentWithoutPredictionsHasItsMentionsMissed() {
    assertEquals(4, count("<section class=\"doc\""));
    assertTrue(
        html.contains(
            "<section class=\"doc\" id=\"d3\" data-doc=\"gold-only\">\n<h2>gold-only</h2>\n"
                + "<div class=\"para\"><p>Ở <mark class=\"missed t-LOCATION false-negative\""
                + " id=\"d3-g2-5\""),
        html);
    assertEquals(6, count("<mark class=\"mention "), "one element per predicted mention");
    assertEquals(2, count("<mark class=\"missed "), "Pháp and the Huế of gold-only");
    assertEquals(1, count("<mark class=\"mention t-PERSON type-error\""), "Huế");
  }

  @Test
  void theFileIsSelfContainedAndTheTextEscaped() {
    assertFalse(html.contains("<script>."), "document text is escaped");
    assertTrue(html.contains("Huế</mark> &lt;script&gt;."), html);
    assertEquals(1, count("<script>"), "one inline script, the table sorter");
    for (String external : List.of("src=", "<link", "url(", "@import", "http:", "https:")) {
      assertFalse(html.toLowerCase(Locale.ROOT).contains(external), external);
    }
    assertTrue(
        html.contains("content=\"" + PageTemplate.OFFLINE_POLICY.replace("'", "&#39;") + "\""),
        html);
  }

  @Test
  void withoutGoldThereAreNoScoresAndNoErrorMarks() {
    String plain = new HtmlReport().render(new ReportInput("t", PREDICTED, List.of()));
    assertFalse(plain.contains("id=\"scores\""));
    assertFalse(plain.contains("false-positive\""));
    assertEquals(6, count(plain.substring(plain.indexOf("<main>")), "<mark class=\"mention "));
  }

  private static String cells(Counts c) {
    return String.format(
        Locale.ROOT,
        "<td class=\"tp\">%d</td><td class=\"fp\">%d</td><td class=\"fn\">%d</td>"
            + "<td class=\"p\">%.3f</td><td class=\"r\">%.3f</td><td class=\"f1\">%.3f</td>",
        c.tp(),
        c.fp(),
        c.fn(),
        c.precision(),
        c.recall(),
        c.f1());
  }

  /** The strict cells of a row of the entity table. */
  private String row(String label) {
    String table = html.substring(html.indexOf("<table id=\"entity-scores\">"));
    String start = "<tr data-label=\"" + label + "\"><td>" + label + "</td>";
    int at = table.indexOf(start);
    if (at < 0) {
      start = "<tr class=\"total\" data-label=\"" + label + "\"><td>" + label + "</td>";
      at = table.indexOf(start);
    }
    String row = table.substring(at + start.length());
    return row.substring(0, row.indexOf("<td class=\"p\">", row.indexOf("<td class=\"f1\">")));
  }

  /** Occurrences in the documents, leaving out the legend and the tables. */
  private int count(String needle) {
    return count(html.substring(html.indexOf("<main>")), needle);
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
