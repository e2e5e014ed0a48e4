package dev.carafe.flaskr;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.carafe.App;
import dev.carafe.junit.CarafeExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flaskr in a real browser: Debian's Chromium, driven by Playwright, goes through the tutorial's
 * blog as a person would, against Flaskr served on a free port with a fresh SQLite database.
 * Each step's page is saved as a PNG under {@code target/screenshots/}.
 *
 * <p>Playwright's own browsers are never downloaded: the test uses Debian's Chromium
 * ({@link Chromium}), and is skipped when there is none, except in CI.
 */
@Tag("browser")
class FlaskrBrowserTest {
  private static final Path SCREENSHOTS = Chromium.SCREENSHOTS;
  private static final String SCRIPT_TITLE = "<script>alert(1)</script>";

  private static Path folder;

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(FlaskrBrowserTest::flaskr);

  private static Chromium chromium;
  private static Browser browser;

  private Page page;
  private URI server;
  private final AtomicInteger step = new AtomicInteger();
  /** Dialogs the test did not expect (an alert from a title, say): each one fails the test. */
  private final List<String> unexpectedDialogs = new ArrayList<>();
  private final List<String> pageErrors = new ArrayList<>();
  /** The messages of the confirm dialogs of the delete button, accepted or dismissed. */
  private final List<String> confirms = new ArrayList<>();
  private volatile boolean acceptConfirm;

  /** Flaskr on a SQLite file of its own, its tables made as {@code init-db} makes them. */
  private static App flaskr() {
    try {
      folder = Files.createTempDirectory("flaskr-browser");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    App app = FlaskrApp.create();
    app = app.withConfig(app.config().toBuilder()
        .set(Db.DATABASE, folder.resolve("flaskr.sqlite").toString())
        .build());
    Db.initDb(app.config());
    return app;
  }

  @BeforeAll
  static void startChromium() throws IOException {
    chromium = Chromium.start();
    browser = chromium.browser();
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

  @BeforeEach
  void openPage(URI uri) {
    server = uri;
    page = browser.newContext().newPage();
    page.setDefaultTimeout(10_000);
    page.onDialog(dialog -> {
      if (dialog.type().equals("confirm") && dialog.message().equals("Are you sure?")) {
        confirms.add(dialog.message());
        if (acceptConfirm) {
          dialog.accept();
        } else {
          dialog.dismiss();
        }
      } else {
        unexpectedDialogs.add(dialog.type() + ": " + dialog.message());
        dialog.dismiss();
      }
    });
    page.onPageError(error -> pageErrors.add(error));
  }

  @AfterEach
  void closePage() {
    if (page != null) {
      page.context().close();
    }
  }

  @Test
  void aUserRegistersLogsInWritesEditsAndDeletesAPostAndLogsOut() {
    // The register page, styled by the stylesheet at its fingerprinted URL.
    Response styles = page.waitForResponse(
        response -> response.url().contains("/static/style."),
        () -> page.navigate(server.resolve("/auth/register").toString()));
    assertEquals(200, styles.status(), styles.url());
    String stylesheet = page.locator("link[rel=stylesheet]").getAttribute("href");
    assertTrue(stylesheet.matches("/static/style\\.[0-9a-f]+\\.css"),
        "the stylesheet's URL is not fingerprinted: " + stylesheet);
    assertTrue(styles.headerValue("cache-control").contains("immutable"),
        styles.headers().toString());
    assertEquals("rgb(211, 211, 211)", page.locator("nav").evaluate(
        "nav => getComputedStyle(nav).backgroundColor"), "nav's background is not lightgray");
    assertThat(page).hasTitle("Register - Flaskr");
    screenshot("register");

    // Registering leads to the login page.
    page.getByLabel("Username").fill("ada");
    page.getByLabel("Password").fill("correct horse");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
    assertThat(page).hasURL(server.resolve("/auth/login").toString());
    assertThat(page.locator(".content h1")).hasText("Log In");
    screenshot("registered-login-page");

    // A wrong password is flashed.
    logIn("ada", "wrong horse");
    assertThat(page.locator(".flash")).hasText("Incorrect password.");
    assertThat(page).hasURL(server.resolve("/auth/login").toString());
    screenshot("incorrect-password");

    // The right one logs in: the index, the user's name and Log Out in the nav.
    logIn("ada", "correct horse");
    assertThat(page).hasURL(server.resolve("/").toString());
    assertThat(page.locator("nav span")).hasText("ada");
    assertThat(page.locator("nav")).containsText("Log Out");
    assertThat(page.locator(".flash")).hasCount(0);
    screenshot("logged-in-index");

    // An empty title: the server says so, and the form keeps the body. The browser would not
    // send an empty required field; the form is told not to check, to reach the server's check.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New")).click();
    assertThat(page).hasURL(server.resolve("/create").toString());
    page.getByLabel("Body").fill("A body that stays.");
    page.locator("form").evaluate("form => form.noValidate = true");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(page.locator(".flash")).hasText("Title is required.");
    assertThat(page.getByLabel("Body")).hasValue("A body that stays.");
    screenshot("title-is-required");

    // A title that is a script is shown as text: no alert, no script element.
    page.getByLabel("Title").fill(SCRIPT_TITLE);
    page.getByLabel("Body").fill("<b>not bold</b>\nsecond line");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(page).hasURL(server.resolve("/").toString());
    page.waitForLoadState();
    noUnexpectedDialogs();
    assertThat(page.locator("article.post")).hasCount(1);
    assertThat(page.locator("article.post h1")).hasText(SCRIPT_TITLE);
    assertThat(page.locator("article.post .body")).hasText("<b>not bold</b>\nsecond line");
    assertThat(page.locator("article.post .about")).containsText("by ada on ");
    assertEquals(0, page.locator("article script, article b").count(), page.content());
    screenshot("post-with-a-script-title");

    // Editing: the form holds the post; an empty title is refused and the edited body kept.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
    // (Playwright hands the pattern to JavaScript, which has no \Q...\E quoting.)
    assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:" + server.getPort()
        + "/\\d+/update$"));
    assertThat(page.locator(".content > header h1")).hasText("Edit \"" + SCRIPT_TITLE + "\"");
    assertThat(page.getByLabel("Title")).hasValue(SCRIPT_TITLE);
    assertThat(page.getByLabel("Body")).hasValue("<b>not bold</b>\nsecond line");
    screenshot("edit-form");
    page.getByLabel("Title").fill("");
    page.getByLabel("Body").fill("An edited body.");
    page.locator("form").first().evaluate("form => form.noValidate = true");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(page.locator(".flash")).hasText("Title is required.");
    assertThat(page.getByLabel("Title")).hasValue(SCRIPT_TITLE);
    assertThat(page.getByLabel("Body")).hasValue("An edited body.");
    screenshot("edit-title-is-required");
    page.getByLabel("Title").fill(SCRIPT_TITLE + " edited");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    assertThat(page).hasURL(server.resolve("/").toString());
    assertThat(page.locator("article.post h1")).hasText(SCRIPT_TITLE + " edited");
    assertThat(page.locator("article.post .body")).hasText("An edited body.");
    noUnexpectedDialogs();
    screenshot("post-edited");

    // Deleting asks first: dismissed, the post stays; accepted, it is gone.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
    String editUrl = page.url();
    Page.GetByRoleOptions delete = new Page.GetByRoleOptions().setName("Delete");
    acceptConfirm = false;
    page.getByRole(AriaRole.BUTTON, delete).click();
    assertEquals(List.of("Are you sure?"), confirms);
    assertEquals(editUrl, page.url());
    acceptConfirm = true;
    page.getByRole(AriaRole.BUTTON, delete).click();
    assertEquals(List.of("Are you sure?", "Are you sure?"), confirms);
    assertThat(page).hasURL(server.resolve("/").toString());
    assertThat(page.locator("article.post")).hasCount(0);
    screenshot("post-deleted");

    // Logging out: Log In and Register are back, and New is gone.
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log Out")).click();
    assertThat(page).hasURL(server.resolve("/").toString());
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Log In")))
        .isVisible();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register")))
        .isVisible();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New")))
        .hasCount(0);
    screenshot("logged-out");

    noUnexpectedDialogs();
    assertEquals(List.of(), pageErrors, "errors in the page's scripts");
  }

  private void logIn(String username, String password) {
    if (!page.url().endsWith("/auth/login")) {
      page.navigate(server.resolve("/auth/login").toString());
    }
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill(password);
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log In")).click();
    page.waitForLoadState();
  }

  private void noUnexpectedDialogs() {
    assertEquals(List.of(), unexpectedDialogs, "a dialog opened: a script in the page ran");
  }

  /** Saves the page as {@code target/screenshots/NN-name.png}. */
  private void screenshot(String name) {
    Path file = SCREENSHOTS.resolve(String.format("%02d-%s.png", step.incrementAndGet(), name));
    assertNotNull(page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true)));
  }
}
