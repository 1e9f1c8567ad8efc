package vnie.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vnie.core.Mention;
import vnie.io.EntityCsv;

class ReportCommandTest {
  @TempDir Path dir;

  private static final String TEXT = "Tướng Giáp gặp quân Lào ở Hà Nội năm 1954.\r\n";

  /** The folder corpus holding document d. */
  private Path corpus() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("d.txt"), TEXT);
    return corpus;
  }

  /** The tables extracted from {@link #corpus}, in out. */
  private Path extract() throws IOException {
    return extract(corpus());
  }

  private Path extract(Path corpus) {
    Path out = dir.resolve("out");
    assertEquals(0, CommandRun.of("extract", corpus.toString(), "--out", out.toString()).exit());
    return out;
  }

  @Test
  void reportsTheExtractedTablesWithOneMarkPerMentionAndTheGoldErrors() throws IOException {
    Path out = extract();
    Path gold = Files.createDirectories(dir.resolve("annotations"));
    Files.writeString(gold.resolve("d.ann"), "T1\tRANK 0 5\tTướng\nT2\tPERSON 6 10\tGiáp\n");
    Path html = dir.resolve("report.html");

    CommandRun run = CommandRun.report(out, "--gold", gold, html);

    assertEquals(0, run.exit(), run.err());
    assertEquals(
        "vnie: report of 1 document, scored against " + gold + " -> " + html + "\n",
        run.errLines());
    String page = Files.readString(html);
    String main = page.substring(page.indexOf("<main>"));
    List<Mention> mentions = EntityCsv.read(out.resolve("entities.csv")).get("d");
    assertEquals(mentions.size(), count(main, "<mark class=\"mention "));
    int falsePositives = mentions.size() - 2;
    assertEquals(falsePositives, count(main, " false-positive\" id="));
    assertTrue(page.contains("<tr data-doc=\"d\">"), page);
  }

  @Test
  void aDocumentWithoutGoldTakesItsTextFromTheCorpusBesideTheGoldFolder() throws IOException {
    Path corpus = corpus();
    Files.writeString(corpus.resolve("e.txt"), "Quân Pháp rút khỏi Huế năm 1947.");
    Path out = extract(corpus);
    Path gold = Files.createDirectories(dir.resolve("annotations"));
    Files.writeString(gold.resolve("d.ann"), "T1\tRANK 0 5\tTướng\n");
    Path html = dir.resolve("report.html");

    CommandRun run = CommandRun.report(out, "--gold", gold, html);

    assertEquals(0, run.exit(), run.err());
    String page = Files.readString(html);
    assertTrue(page.contains("<section class=\"doc\" id=\"d1\" data-doc=\"e\">"), page);
  }

  @Test
  void aTextThatDoesNotFitTheTablesIsRefusedWithItsDocumentNamed() throws IOException {
    Path out = extract();
    Path other = Files.createDirectories(dir.resolve("edited"));
    Files.writeString(other.resolve("d.txt"), "Một văn bản khác hẳn, đã sửa, dài hơn nhiều.");

    CommandRun run = CommandRun.report(out, "--text", other, dir.resolve("r.html"));

    assertEquals(1, run.exit());
    assertTrue(run.err().startsWith("vnie report: document d: mention 'Tướng' at 0-5"), run.err());
    assertFalse(Files.exists(dir.resolve("r.html")));
  }

  @Test
  void aMissingTextAsksForTheTextFolder() throws IOException {
    Path out = extract();

    CommandRun run =
        CommandRun.of(
            "report", "--pred", out.toString(), "--out", dir.resolve("r.html").toString());

    assertEquals(1, run.exit());
    assertTrue(run.err().contains("no text for document 'd'"), run.err());
    assertTrue(run.err().contains("--text DIR"), run.err());
  }

  @Test
  void theTextFolderIsEnoughWithoutGold() throws IOException {
    Path out = extract();
    Path html = dir.resolve("r.html");

    CommandRun run = CommandRun.report(out, "--text", dir.resolve("corpus"), html);

    assertEquals(0, run.exit(), run.err());
    Map<String, List<Mention>> mentions = EntityCsv.read(out.resolve("entities.csv"));
    String page = Files.readString(html);
    assertEquals(
        mentions.get("d").size(),
        count(page.substring(page.indexOf("<main>")), "<mark class=\"mention "));
    assertFalse(page.contains("id=\"scores\""));
  }

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
