package vnie.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts the Debian {@code chromium} headless through {@code chromedriver}, both named by path so
 * that Selenium never looks for (or downloads) a browser or driver of its own.
 *
 * <p>Where either is missing, a browser test is skipped with the reason, and the console says so
 * once in a line starting {@code vnie: browser tests skipped:}; unless the environment variable
 * {@code VNIE_BROWSER_TESTS} is {@code required} (as {@code .ci/run} sets it): then it fails, so CI
 * cannot pass without having run the browser.
 */
final class Chromium {
  static final Path BINARY = Path.of(env("VNIE_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(env("VNIE_CHROMEDRIVER", "/usr/bin/chromedriver"));

  /** Where the screenshots go, for a person to look at. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Chromium() {}

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /** True when the browser and its driver are installed. */
  static boolean present() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  private static final AtomicBoolean SKIP_ANNOUNCED = new AtomicBoolean();

  /**
   * Returns when Chromium is installed; otherwise skips the test with the reason, or fails it where
   * {@code VNIE_BROWSER_TESTS=required}. Call it from {@code @BeforeEach}, so that each test is
   * reported as skipped.
   */
  static void requirePresent() {
    if (present()) {
      return;
    }
    String missing = missing();
    if ("required".equals(System.getenv("VNIE_BROWSER_TESTS"))) {
      fail("VNIE_BROWSER_TESTS=required but browser tests cannot run: " + missing);
    }
    if (SKIP_ANNOUNCED.compareAndSet(false, true)) {
      // Surefire reports a skip only in its XML; the console says it once, in one plain line.
      System.err.println("vnie: browser tests skipped: " + missing);
    }
    Assumptions.abort("browser test skipped: " + missing);
  }

  /** What is missing and how to get it, for the skip (or failure) message. */
  private static String missing() {
    List<String> absent = new ArrayList<>();
    if (!Files.isExecutable(DRIVER)) {
      absent.add("chromedriver not found at " + DRIVER + " (VNIE_CHROMEDRIVER)");
    }
    if (!Files.isExecutable(BINARY)) {
      absent.add("chromium not found at " + BINARY + " (VNIE_CHROMIUM)");
    }
    return String.join(", ", absent)
        + "; install chromium and chromium-driver to run them"
        + " (apt-get install -y chromium chromium-driver)";
  }

  /**
   * A fresh headless Chromium with its own profile in {@code profile} and downloads going to {@code
   * downloads}; see {@link #requirePresent()} for a missing browser.
   */
  static ChromeDriver start(Path profile, Path downloads) {
    requirePresent();
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            downloads.toAbsolutePath().toString(),
            "download.prompt_for_download",
            false));
    return new ChromeDriver(service, options);
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png}. */
  static Path screenshot(ChromeDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
