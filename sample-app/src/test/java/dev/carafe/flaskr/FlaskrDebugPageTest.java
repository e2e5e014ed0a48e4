package dev.carafe.flaskr;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.junit.CarafeExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The debug page in a real browser, on a mistake of development: Flaskr served in debug mode on a
 * database left from an older version, whose {@code post} table has no {@code author_id} yet.
 * The index fails with SQLite's "no such column", and the page shows where, in Flaskr's own
 * source, with the session cookie masked. Saved as {@code target/screenshots/debug-page.png}.
 */
@Tag("browser")
class FlaskrDebugPageTest {
  private static Path folder;

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(FlaskrDebugPageTest::flaskrOnAnOldDatabase);

  private static Chromium chromium;

  /** Flaskr in debug mode on a database of an older schema: posts without an author. */
  private static App flaskrOnAnOldDatabase() {
    Path database;
    try {
      folder = Files.createTempDirectory("flaskr-debug");
      database = folder.resolve("flaskr.sqlite");
      try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + database);
          Statement statement = db.createStatement()) {
        statement.executeUpdate("CREATE TABLE \"user\" (id INTEGER PRIMARY KEY, username TEXT,"
            + " password TEXT)");
        statement.executeUpdate("CREATE TABLE post (id INTEGER PRIMARY KEY, created TIMESTAMP,"
            + " title TEXT, body TEXT)");
      }
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(e);
    }
    App app = FlaskrApp.create();
    return app.withConfig(app.config().toBuilder()
        .set(Db.DATABASE, database.toString())
        .set(Config.DEBUG, true)
        .build());
  }

  @BeforeAll
  static void startChromium() throws IOException {
    chromium = Chromium.start();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    carafe.app().close();
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  @Test
  void theIndexOnAnOldSchemaShowsWhereFlaskrFailedWithTheCookieMasked(URI server) {
    BrowserContext context = chromium.browser().newContext();
    try {
      context.addCookies(List.of(new Cookie("session", "eyJ1c2VyX2lkIjoxfQ.secret-signature")
          .setDomain(server.getHost()).setPath("/")));
      Page page = context.newPage();
      page.setDefaultTimeout(10_000);
      List<String> console = new ArrayList<>();
      page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
      List<String> dialogs = new ArrayList<>();
      page.onDialog(dialog -> {
        dialogs.add(dialog.message());
        dialog.dismiss();
      });

      Response response = page.navigate(server.resolve("/").toString());
      assertEquals(500, response.status());
      assertThat(page).hasTitle(java.util.regex.Pattern.compile("no such column"));
      assertThat(page.locator("h1")).hasText("org.sqlite.SQLiteException");
      assertThat(page.locator("header .where")).containsText("Blog.index");

      // Flaskr's own frame is open, with the line of Blog.java that failed marked.
      Locator index = page.locator("li.app", new Page.LocatorOptions().setHasText("Blog.index"))
          .first();
      assertThat(index.locator("details")).hasAttribute("open", "");
      assertThat(index.locator("pre.source")).isVisible();
      assertThat(index.locator("span.current")).containsText(
          "prepareStatement(POSTS + \" ORDER BY created DESC\")");

      // The SQLite driver's and Carafe's frames are folded; a click unfolds them.
      Locator folded = page.locator("li.folded details").first();
      assertFalse(folded.evaluate("details => details.open").equals(true));
      assertFalse(folded.locator("ol.inner").isVisible());
      folded.locator("summary").click();
      assertThat(folded.locator("ol.inner")).isVisible();
      assertTrue(page.locator("li.folded summary").allTextContents().stream()
          .anyMatch(summary -> summary.contains("org.sqlite")), page.content());

      // The session cookie is masked; its name is shown, its value nowhere on the page.
      Locator cookie = page.locator("tr", new Page.LocatorOptions().setHasText("Cookie"))
          .locator("td");
      assertThat(cookie).hasText("session=***");
      assertFalse(page.content().contains("secret-signature"), "the cookie's value is on the page");

      // The page's own style sheet applies under its policy, and nothing else runs.
      assertEquals("rgb(251, 234, 229)", page.locator("header").evaluate(
          "header => getComputedStyle(header).backgroundColor"));
      assertEquals(0, page.locator("script").count());
      assertEquals(List.of(), dialogs);
      assertTrue(console.stream().noneMatch(line -> line.contains("Content Security Policy")),
          console.toString());

      Path file = Chromium.SCREENSHOTS.resolve("debug-page.png");
      assertNotNull(page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)));
    } finally {
      context.close();
    }
  }
}
