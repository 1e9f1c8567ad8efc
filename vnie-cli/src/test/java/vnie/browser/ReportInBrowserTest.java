package vnie.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import vnie.Vnie;
import vnie.cli.CommandRun;
import vnie.core.Document;
import vnie.core.Mention;
import vnie.eval.Counts;
import vnie.eval.EntityScorer;
import vnie.eval.EntityScores;
import vnie.eval.Example;
import vnie.eval.Examples;
import vnie.eval.ScoringError;
import vnie.io.BratReader;
import vnie.io.EntityCsv;

/**
 * {@code vnie extract} then {@code vnie report --gold} on the seed article and on a text in NFD
 * with CRLF line ends, opened in headless Chromium: the DOM holds one highlight per row of
 * entities.csv, with its type, offsets and text, the error marks add up to the scorer's counts, the
 * index sorts, and a hover shows a mention's details. Screenshots go to target/screenshots.
 */
class ReportInBrowserTest {
  /** Sorts after the seed article, so the seed is the first document of the report. */
  private static final String NFD_DOC = "strehla-nfd-crlf";

  /** A document without gold: shown, counted nowhere, last in the index. */
  private static final String UNSCORED_DOC = "tuan-tra";

  private static final String NFD_TEXT =
      Normalizer.normalize(
          "Trung úy Albert Kotzebue gặp quân Liên Xô gần thị trấn Strehla ngày 25/4/1945.\r\n"
              + "\r\n"
              + "Sau đó Trung úy Kotzebue trở về Torgau.\r\n",
          Normalizer.Form.NFD);

  @TempDir static Path dir;
  private static ChromeDriver browser;
  private static Path out;
  private static Path gold;
  private static Path report;
  private static Path seedReport;

  @BeforeAll
  static void extractAndReport() throws IOException {
    if (!Chromium.present()) {
      return; // each test skips (or fails) in openTheReport
    }
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    gold = Files.createDirectories(dir.resolve("annotations"));
    Files.copy(Path.of("corpus/elbe-day.txt"), corpus.resolve("elbe-day.txt"));
    Files.copy(Path.of("annotations/elbe-day.ann"), gold.resolve("elbe-day.ann"));
    Files.writeString(corpus.resolve(NFD_DOC + ".txt"), NFD_TEXT);
    Files.writeString(corpus.resolve(UNSCORED_DOC + ".txt"), "Quân Pháp rút khỏi Huế năm 1947.\n");
    Files.writeString(gold.resolve(NFD_DOC + ".ann"), goldWithErrors());
    out = dir.resolve("out");
    report = dir.resolve("report.html");
    assertEquals(0, CommandRun.of("extract", corpus.toString(), "--out", out.toString()).exit());
    assertEquals(0, CommandRun.report(out, "--gold", gold, report).exit());
    // The seed article alone, as the README shows it.
    Path seedOut = dir.resolve("seed-out");
    seedReport = dir.resolve("seed-report.html");
    assertEquals(
        0, CommandRun.of("extract", "corpus/elbe-day.txt", "--out", seedOut.toString()).exit());
    assertEquals(
        0, CommandRun.report(seedOut, "--gold", Path.of("annotations"), seedReport).exit());
    browser = Chromium.start(dir.resolve("profile"), dir.resolve("downloads"));
  }

  @BeforeEach
  void openTheReport() {
    Chromium.requirePresent();
    browser.get(report.toUri().toString());
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  /**
   * A gold annotation of the NFD text made from what vnie finds in it, with three errors planted:
   * the first mention left out (a false positive), the second given another type (a type error) and
   * a span vnie does not find added (a false negative).
   */
  private static String goldWithErrors() {
    List<Mention> found = Vnie.create().process(NFD_DOC, NFD_TEXT).mentions();
    StringBuilder ann = new StringBuilder();
    int n = 0;
    for (int i = 1; i < found.size(); i++) {
      Mention m = found.get(i);
      String type = i == 1 ? (m.type().name().equals("UNIT") ? "RANK" : "UNIT") : m.type().name();
      ann.append("T")
          .append(++n)
          .append('\t')
          .append(type)
          .append(' ')
          .append(m.start())
          .append(' ')
          .append(m.end())
          .append('\t')
          .append(m.text())
          .append('\n');
      if (!m.value().isEmpty()) {
        ann.append("#")
            .append(n)
            .append("\tValue T")
            .append(n)
            .append('\t')
            .append(m.value())
            .append('\n');
      }
    }
    int start = NFD_TEXT.indexOf("Sau");
    ann.append("T")
        .append(++n)
        .append("\tLOCATION ")
        .append(start)
        .append(' ')
        .append(start + 3)
        .append("\tSau\n");
    return ann.toString();
  }

  /** The mentions rendered in the section of {@code doc}: type, start, end and full text. */
  @SuppressWarnings("unchecked")
  private static List<String> renderedMentions(String doc) {
    return (List<String>)
        browser.executeScript(
            "var section = document.querySelector('section.doc[data-doc=\"' + arguments[0] + '\"]');"
                + "var all = Array.from(section.querySelectorAll('mark.mention'));"
                + "return all.filter(m => !m.classList.contains('cont')).map(function (m) {"
                + "  var text = all.filter(p => p.dataset.start === m.dataset.start"
                + "      && p.dataset.end === m.dataset.end && p.dataset.type === m.dataset.type)"
                + "    .map(p => p.textContent).join('');"
                + "  return m.dataset.type + ' ' + m.dataset.start + '-' + m.dataset.end + ' ' + text;"
                + "});",
            doc);
  }

  private static long count(String doc, String selector) {
    return browser
        .findElements(By.cssSelector("section.doc[data-doc='" + doc + "'] " + selector))
        .size();
  }

  @Test
  void eachRowOfTheEntitiesTableIsOneHighlightWithItsTypeOffsetsAndExactText() throws IOException {
    Map<String, List<Mention>> table = EntityCsv.read(out.resolve("entities.csv"));
    assertEquals(
        List.of("elbe-day", NFD_DOC, UNSCORED_DOC), List.copyOf(new TreeMap<>(table).keySet()));
    assertEquals(
        0, count(UNSCORED_DOC, "mark:is(.correct, .false-positive, .missed, .type-error)"));
    for (Map.Entry<String, List<Mention>> doc : table.entrySet()) {
      List<String> expected = new ArrayList<>();
      for (Mention m : doc.getValue()) {
        expected.add(m.type() + " " + m.start() + "-" + m.end() + " " + m.text());
      }
      assertEquals(expected, renderedMentions(doc.getKey()), doc.getKey());
    }
    // The NFD text is cut as it is: "Liên Xô" there is 9 characters, after a CRLF-free line.
    String lienXo = Normalizer.normalize("Liên Xô", Normalizer.Form.NFD);
    int start = NFD_TEXT.indexOf(lienXo);
    assertEquals(9, lienXo.length());
    assertTrue(
        renderedMentions(NFD_DOC)
            .contains("LOCATION " + start + "-" + (start + lienXo.length()) + " " + lienXo),
        renderedMentions(NFD_DOC).toString());
  }

  @Test
  void theErrorMarksInTheTextAddUpToTheScorersCounts() throws Exception {
    Map<String, List<Mention>> pred = EntityCsv.read(out.resolve("entities.csv"));
    long falsePositives = 0;
    long falseNegatives = 0;
    for (String doc : List.of("elbe-day", NFD_DOC)) {
      Document g =
          new BratReader()
              .read(dir.resolve("corpus").resolve(doc + ".txt"), gold.resolve(doc + ".ann"));
      Document p = Document.of(doc, g.text()).withMentions(pred.get(doc));
      EntityScores scores = new EntityScorer().score(Examples.of(List.of(new Example(g, p))));
      // A mention cut by another mark is drawn in pieces; only its first piece lacks .cont.
      long fp = count(doc, "mark.mention.false-positive:not(.cont)");
      long wrongType = count(doc, "mark.mention.type-error:not(.cont)");
      long missed = count(doc, "mark.missed:not(.cont)");
      long wrongValue = count(doc, "mark.mention.wrong-value:not(.cont)");
      assertEquals(kinds(scores, ScoringError.Kind.FALSE_POSITIVE), fp, doc);
      assertEquals(kinds(scores, ScoringError.Kind.WRONG_TYPE), wrongType, doc);
      assertEquals(kinds(scores, ScoringError.Kind.FALSE_NEGATIVE), missed, doc);
      assertEquals(kinds(scores, ScoringError.Kind.WRONG_VALUE), wrongValue, doc);
      Counts strict = scores.strict().micro();
      assertEquals(strict.fp(), fp + wrongType, doc + " FP");
      assertEquals(strict.fn(), missed + wrongType, doc + " FN");
      falsePositives += fp + wrongType;
      falseNegatives += missed + wrongType;
    }
    assertEquals(1, count(NFD_DOC, "mark.mention.false-positive"), "the planted false positive");
    assertEquals(1, count(NFD_DOC, "mark.mention.type-error"), "the planted type error");
    WebElement micro = browser.findElement(By.cssSelector("#entity-scores tr[data-label='micro']"));
    assertEquals(
        Long.toString(falsePositives), micro.findElement(By.cssSelector("td.fp")).getText());
    assertEquals(
        Long.toString(falseNegatives), micro.findElement(By.cssSelector("td.fn")).getText());
  }

  private static long kinds(EntityScores scores, ScoringError.Kind kind) {
    return scores.errors().stream().filter(e -> e.kind() == kind).count();
  }

  @Test
  void theIndexSortsByF1AndByErrorsWithTheUnscoredDocumentLast() {
    assertEquals(List.of(NFD_DOC, "elbe-day", UNSCORED_DOC), indexOrder(), "worst F1 first");
    WebElement errors = browser.findElement(By.xpath("//table[@id='doc-index']//th[.='errors']"));
    errors.click();
    assertEquals("ascending", errors.getAttribute("aria-sort"));
    List<String> ascending = indexOrder();
    assertEquals(UNSCORED_DOC, ascending.get(2));
    errors.click();
    assertEquals("descending", errors.getAttribute("aria-sort"));
    assertEquals(List.of(ascending.get(1), ascending.get(0), UNSCORED_DOC), indexOrder());
    WebElement f1 = browser.findElement(By.xpath("//table[@id='doc-index']//th[.='F1']"));
    f1.click();
    assertEquals(List.of(NFD_DOC, "elbe-day", UNSCORED_DOC), indexOrder());
    f1.click();
    assertEquals(List.of("elbe-day", NFD_DOC, UNSCORED_DOC), indexOrder());
  }

  private static List<String> indexOrder() {
    return browser.findElements(By.cssSelector("#doc-index tbody tr")).stream()
        .map(row -> row.getAttribute("data-doc"))
        .toList();
  }

  @Test
  void hoveringAMentionShowsItsTypeValueAndSource() {
    WebElement date =
        browser.findElement(
            By.cssSelector("section.doc[data-doc='elbe-day'] mark.mention.t-DATE[data-value]"));
    String tip = date.getAttribute("data-tip");
    assertTrue(tip.startsWith("DATE " + date.getAttribute("data-value") + "\nsource: "), tip);
    new Actions(browser).moveToElement(date).perform();
    assertEquals("\"" + tip.replace("\n", "\\a ") + "\"", shownTip(date));
  }

  private static final String SEED_TEXT = readSeed();

  private static String readSeed() {
    try {
      return Files.readString(Path.of("corpus/elbe-day.txt"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The entity type of a missed gold mention, from its class ({@code t-PERSON}). */
  private static String missedType(WebElement mark) {
    for (String c : String.valueOf(mark.getAttribute("class")).split(" ")) {
      if (c.startsWith("t-")) {
        return c.substring(2);
      }
    }
    throw new AssertionError("no type class on " + mark.getAttribute("class"));
  }

  /** What the style sheet shows after the span: its tip while hovered, "none" otherwise. */
  private static Object shownTip(WebElement mark) {
    return browser.executeScript("return getComputedStyle(arguments[0], '::after').content;", mark);
  }

  @Test
  void screenshotsOfTheSeedArticleShowAMissedNameAndTheScores() throws IOException {
    browser.get(seedReport.toUri().toString());
    Chromium.screenshot(browser, "report-scores");
    WebElement missed =
        browser.findElement(By.cssSelector("section.doc[data-doc='elbe-day'] mark.missed"));
    // The first name the extractor missed in the seed: its text and type come from the gold.
    String type = missedType(missed);
    assertTrue(SEED_TEXT.contains(String.valueOf(missed.getDomProperty("textContent"))), type);
    assertEquals("none", shownTip(missed));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", missed);
    new Actions(browser).moveToElement(missed).perform();
    assertEquals(
        "\"" + type + " in the gold annotation\\a missed (false negative)\"", shownTip(missed));
    Chromium.screenshot(browser, "report-elbe-day");
    browser.get(report.toUri() + "#d1");
    Chromium.screenshot(browser, "report-nfd-crlf");
  }
}
