package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, for the browser tests: Playwright's own browsers are
 * never downloaded. {@code /usr/bin/chromium}, or the one {@code CARAFE_CHROMIUM} names; a test
 * that needs it is skipped when there is none, except in CI ({@code CI=true}), whose
 * {@code .ci/run} installs it.
 */
final class Chromium implements AutoCloseable {
  private static final Path EXECUTABLE = Path.of(
      System.getenv().getOrDefault("CARAFE_CHROMIUM", "/usr/bin/chromium"));
  /** Chromium as root on a machine with no network but loopback: quiet, no sandbox, no GPU. */
  private static final List<String> FLAGS = List.of("--headless", "--no-sandbox",
      "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync");
  /** Where the browser tests save their screenshots. */
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Starts Chromium, or skips the test when there is none outside CI. */
  static Chromium start() throws java.io.IOException {
    String missing = "No Chromium at " + EXECUTABLE + ": the browser test needs Debian's"
        + " (apt-get install chromium), or CARAFE_CHROMIUM set to another";
    if ("true".equals(System.getenv("CI"))) {
      // .ci/run installs it: in CI the test runs, it is never skipped.
      assertTrue(Files.isExecutable(EXECUTABLE), missing);
    }
    assumeTrue(Files.isExecutable(EXECUTABLE), missing);
    // Playwright would download its own browsers at start: the Chromium here is the one used.
    Playwright playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(EXECUTABLE)
        .setHeadless(true)
        .setArgs(FLAGS));
    Files.createDirectories(SCREENSHOTS);
    return new Chromium(playwright, browser);
  }

  /** The running browser. */
  Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
