package vnie.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vnie.Vnie;
import vnie.core.Document;
import vnie.core.Mention;
import vnie.io.ResultTable;
import vnie.serve.ExtractServer;
import vnie.serve.ServerOptions;

/**
 * {@code vnie serve}'s page in headless Chromium, against a server started here on a free loopback
 * port: text typed into the box comes back highlighted, one mark per mention the pipeline finds,
 * and the download button saves the same entities.csv the API gives.
 */
class ServeInBrowserTest {
  /** Waiting for the page to answer is no measurement; the limit only stops a hung test. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private static final String TEXT =
      "Ngày 25/4/1945, Trung úy Albert Kotzebue dẫn đầu một đơn vị tuần tra gặp Hồng quân"
          + " trên sông Elbe, gần thị trấn Strehla.";

  @TempDir static Path dir;
  private static Vnie vnie;
  private static ExtractServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    if (!Chromium.present()) {
      return; // each test skips (or fails) in needsTheBrowser
    }
    vnie = Vnie.create();
    server = ExtractServer.start(vnie, ServerOptions.loopback(0));
    browser = Chromium.start(dir.resolve("profile"), dir.resolve("downloads"));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void needsTheBrowser() {
    Chromium.requirePresent();
  }

  private static void typeAndHighlight(String text) {
    browser.get(server.uri().toString());
    WebElement box = browser.findElement(By.id("text"));
    box.clear();
    box.sendKeys(text);
    browser.findElement(By.id("highlight")).click();
    new WebDriverWait(browser, PATIENCE)
        .until(d -> "done".equals(d.findElement(By.id("result")).getAttribute("data-state")));
  }

  @Test
  void typedTextComesBackWithOneHighlightPerMentionOfThePipeline() throws IOException {
    typeAndHighlight(TEXT);

    String sent = browser.findElement(By.id("text")).getDomProperty("value");
    assertEquals(TEXT, sent, "the box holds what was typed");
    Document expected = vnie.process("text", sent);
    List<String> wanted = new ArrayList<>();
    for (Mention m : expected.mentions()) {
      wanted.add(m.type() + " " + m.start() + "-" + m.end() + " " + m.text());
    }
    List<String> shown = new ArrayList<>();
    for (WebElement mark : browser.findElements(By.cssSelector("#result mark.mention"))) {
      shown.add(
          mark.getAttribute("data-type")
              + " "
              + mark.getAttribute("data-start")
              + "-"
              + mark.getAttribute("data-end")
              + " "
              + mark.getDomProperty("textContent"));
    }
    assertEquals(wanted, shown);
    assertEquals(
        expected.events().size(),
        browser.findElements(By.cssSelector("#result mark.trigger")).size());
    assertEquals(
        expected.mentions().size() + " mentions", browser.findElement(By.id("status")).getText());
    Chromium.screenshot(browser, "serve");
  }

  @Test
  void theDownloadButtonSavesTheEntitiesCsv() throws IOException {
    typeAndHighlight(TEXT);
    Path file = dir.resolve("downloads").resolve("entities.csv");

    browser.findElement(By.id("download")).click();
    new WebDriverWait(browser, PATIENCE)
        .until(d -> "entities.csv downloaded".equals(d.findElement(By.id("status")).getText()));
    new WebDriverWait(browser, PATIENCE).until(d -> Files.exists(file) && isComplete(file));

    StringWriter csv = new StringWriter();
    ResultTable.ENTITIES.write(List.of(vnie.process("text", TEXT)), csv);
    assertEquals(csv.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Chromium writes a download under another name and renames it when done. */
  private static boolean isComplete(Path file) {
    try {
      return Files.size(file) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void anEmptyTextShowsNoMentions() {
    typeAndHighlight("");
    assertEquals("0 mentions", browser.findElement(By.id("status")).getText());
  }
}
