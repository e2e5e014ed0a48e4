package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Templates compiled with the application and rendered by its handlers: HTML escaped for where a
 * value stands, {@code $unsafe} as the one way out, a layout with blocks, Flask's globals in every
 * template, a handler returning the {@code Page} and an error handler sending one with its status.
 * The templates are in {@code src/test/resources/shop/templates}.
 */
class TemplatesTest {
  /** The test resources, which hold {@code shop/templates} and {@code assets/static}. */
  static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
  static final List<String> SEES_RESOURCES = List.of("-Acarafe.resources=" + RESOURCES);

  static final JavaFileObject SHOP = source("shop.Shop", "package shop;",
      "@dev.carafe.Application(templateFolder = \"shop/templates\", staticFolder = \"assets/static\")",
      "public class Shop {}");
  static final JavaFileObject ARTICLE = source("shop.Article", "package shop;",
      "public record Article(int id, String title) {}");
  static final JavaFileObject PAGES = source("shop.Pages", "package shop;",
      "import dev.carafe.*;",
      "import java.util.List;",
      "public class Pages {",
      "  @Get(\"/\") public Page index(@Query(defaultValue = \"\") String note) {",
      "    return ShopTemplates.index(note, \"<em>ours</em>\",",
      "        List.of(new Article(1, \"First\"), new Article(2, \"<b>Second</b>\")));",
      "  }",
      "  @Get(\"/posts/<int:id>\") public String show(int id) { return \"post \" + id; }",
      "  @Get(\"/helpers\") public Page helpers(Session session) {",
      "    session.put(\"user\", \"ada\");",
      "    RequestContext.current().g().put(\"theme\", \"dark\");",
      "    return ShopTemplates.helpers();",
      "  }",
      "  @Post(\"/checked\") public String checked() { return \"checked\"; }",
      "  @Post(\"/flash\") public Response flash() {",
      "    Flash.flash(\"Saved <everything>\");",
      "    Flash.flash(\"Mind the steam\", \"warning\");",
      "    return Response.redirect(\"/flashes\");",
      "  }",
      "  @Get(\"/flashes\") public Page flashes() { return ShopTemplates.flashes(); }",
      "  @Get(\"/login\") public Page login(@Query java.util.Optional<String> error) {",
      "    return ShopTemplates.authLogin(error.orElse(null));",
      "  }",
      "  @ErrorHandler(status = 404) public Response notFound(Request request) {",
      "    return Response.html(ShopTemplates.errorsNotFound(request.path())).withStatus(404);",
      "  }",
      "}");

  private static App app;
  private TestClient client = new TestClient(app);

  @BeforeAll
  static void compileShop() {
    Compilation compilation = compile(SEES_RESOURCES, SHOP, ARTICLE, PAGES);
    assertThat(compilation).succeeded();
    app = Compiler.app(compilation, "shop.Shop").withConfig(Config.builder()
        .set(Config.SECRET_KEY, "templates-test")
        .set(Config.TESTING, true)
        .set("SHOP_NAME", "Tea & Co")
        .build());
  }

  @Test
  void aHandlerReturningAPageAnswersItAsHtml() {
    TestResponse response = client.get("/");
    assertEquals(200, response.status());
    assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
    assertTrue(response.text().startsWith("<!doctype html>"), response.text());
  }

  @Test
  void valuesAreEscapedInTextAndInAttributes() {
    String page = client.request("GET", "/").query("note", "<script>alert(\"x\")</script>").send().text();
    assertTrue(page.contains("<p class=\"note\" title=\"&lt;script>alert(&#34;x&#34;)&lt;/script>\">"
        + "&lt;script&gt;alert(\"x\")&lt;/script&gt;</p>"), page);
    assertFalse(page.contains("<script>"), page);
    assertTrue(page.contains("&lt;b&gt;Second&lt;/b&gt;"), page);
  }

  @Test
  void unsafeWritesTheValueAsItIs() {
    assertTrue(client.get("/").text().contains("<div class=\"trusted\"><em>ours</em></div>"));
  }

  @Test
  void aLayoutPutsThePagesBlocksInItsPlaces() {
    String page = client.get("/").text();
    assertTrue(page.contains("<title>Posts - Shop</title>"), page);
    assertTrue(page.matches("(?s).*<main>\\s*<p class=\"note\".*</ul>\\s*</main>.*"), page);
    assertTrue(page.contains("<aside><p>2 posts</p></aside>"), page);
    String other = client.get("/login").text();
    assertEquals("<form method=\"post\"></form>", other.strip());
  }

  @Test
  void urlForBuildsEndpointUrlsWithValuesAndFingerprintedStaticOnes() {
    String page = client.get("/").text();
    assertTrue(page.contains("<a href=\"/posts/1?tab=comments\">First</a>"), page);
    assertTrue(page.matches("(?s).*<link rel=\"stylesheet\" href=\"/static/app\\.[0-9a-f]{12}\\.css\">.*"), page);
  }

  @Test
  void requestSessionGAndConfigAreThoseOfTheRequest() {
    String page = client.get("/helpers").text();
    assertTrue(page.contains("<p id=\"path\">/helpers</p>"), page);
    assertTrue(page.contains("<p id=\"user\">ada</p>"), page);
    assertTrue(page.contains("<p id=\"theme\">dark</p>"), page);
    assertTrue(page.contains("<p id=\"testing\">true</p>"), page);
    assertTrue(page.contains("<p id=\"shop\">Tea &amp; Co</p>"), page);
  }

  @Test
  void csrfTokenIsTheSessionsTokenThatAFormPostsBack() {
    App guarded = app.withConfig(app.config().toBuilder().set(Config.CSRF_ENABLED, true).build());
    TestClient browser = new TestClient(guarded);
    Matcher token = Pattern.compile("name=\"csrf_token\" value=\"([0-9a-f]{40})\"")
        .matcher(browser.get("/helpers").text());
    assertTrue(token.find());
    assertEquals(400, browser.request("POST", "/checked")
        .header("Content-Type", "application/x-www-form-urlencoded").body("csrf_token=wrong").send().status());
    TestResponse posted = browser.request("POST", "/checked")
        .header("Content-Type", "application/x-www-form-urlencoded").body("csrf_token=" + token.group(1)).send();
    assertEquals("checked", posted.text());
  }

  @Test
  void flashedMessagesShowOnThePageAfterTheRedirect() {
    TestResponse redirect = client.post("/flash", "");
    assertEquals(302, redirect.status());
    String page = client.get("/flashes").text();
    assertTrue(page.contains("<ul><li>Saved &lt;everything&gt;</li><li>Mind the steam</li></ul>"), page);
    assertTrue(page.contains("<ol><li>Mind the steam</li></ol>"), page);
    assertTrue(client.get("/flashes").text().contains("<ul></ul>"), "shown once");
  }

  @Test
  void flashedMessagesWithCategoriesGiveEachItsCategory() {
    client.post("/flash", "");
    String page = client.get("/").text();
    assertTrue(page.contains("<div class=\"flash message\">Saved &lt;everything&gt;</div>"), page);
    assertTrue(page.contains("<div class=\"flash warning\">Mind the steam</div>"), page);
  }

  @Test
  void anErrorHandlerSendsAPageWithItsStatus() {
    TestResponse response = client.get("/nowhere/<here>");
    assertEquals(404, response.status());
    assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
    assertTrue(response.text().contains("<h1>Nothing at /nowhere/&lt;here&gt;</h1>"), response.text());
    assertTrue(response.text().contains("<title>Not Found - Shop</title>"), response.text());
  }
}
