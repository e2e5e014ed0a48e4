package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.internal.app.CompiledApp;
import dev.carafe.server.Server;
import dev.carafe.server.undertow.UndertowServer;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An application with blueprints, hooks, error handlers, bound parameters and JSON, compiled by
 * the processor and run through the test client and a real server: the hooks run in Flask's
 * order, each short-circuit works, and each binding failure is a 400 that names the parameter.
 */
class LifecycleTest {
  private static App app;
  private static dev.carafe.gateway.Gateway served;
  private static TestClient client;
  private static Server server;

  @BeforeAll
  static void compile() throws Exception {
    Compilation compilation = Compiler.compile(
        Compiler.source("shop.Shop", "package shop;", "import dev.carafe.*;", "import dev.carafe.gateway.*;",
            "@Application public class Shop {",
            "  public Middleware middleware() {",
            "    return next -> (environ, start) -> next.call(environ, (status, headers) -> start.start(status, headers.with(\"X-Served\", \"wrapped\")));",
            "  }",
            "  @BeforeRequest public Response gate(Request request) {",
            "    Trail.add(\"app.before\");",
            "    return request.header(\"X-Block\") != null ? Response.text(\"blocked\").withStatus(403) : null;",
            "  }",
            "  @AfterRequest public Response stamp(Response response) {",
            "    Trail.add(\"app.after\");",
            "    return response.withHeader(\"X-App\", \"1\");",
            "  }",
            "  @TeardownRequest public void done(Request request, Throwable error) {",
            "    Trail.add(\"app.teardown \" + (error == null ? \"ok\" : error.getClass().getSimpleName()));",
            "  }",
            "  @ErrorHandler(status = 404) public String missing(dev.carafe.http.HttpException e) {",
            "    return \"<h1>Nothing at this address</h1>\";",
            "  }",
            "  @ErrorHandler(status = 405) public String wrongMethod() { return \"wrong method\"; }",
            "  @ErrorHandler(exception = IllegalStateException.class)",
            "  public Response broken(IllegalStateException e) { return Response.text(\"broken: \" + e.getMessage()).withStatus(503); }",
            "}"),
        Compiler.source("shop.Localized", "package shop;", "import dev.carafe.*;", "import java.util.Map;",
            "@Blueprint(name = \"i18n\", urlPrefix = \"/<any(en, fr):lang>\")",
            "public class Localized {",
            "  @UrlValuePreprocessor public void pullLang(String endpoint, Map<String, Object> values) {",
            "    RequestContext.current().g().put(\"lang\", values.remove(\"lang\"));",
            "  }",
            "  @UrlDefaults public void addLang(String endpoint, Map<String, Object> values) {",
            "    if (RequestContext.active()) {",
            "      values.putIfAbsent(\"lang\", RequestContext.current().g().get(\"lang\", String.class));",
            "    }",
            "  }",
            "  @Get(\"/about\") public String about() {",
            "    return RequestContext.current().g().get(\"lang\", String.class) + \" \"",
            "        + RequestContext.current().app().urlFor(\"i18n.contact\", Map.of());",
            "  }",
            "  @Get(\"/contact\") public String contact() { return \"contact\"; }",
            "}"),
        Compiler.source("shop.Trail", "package shop;",
            "public final class Trail {",
            "  public static final java.util.List<String> STEPS = new java.util.concurrent.CopyOnWriteArrayList<>();",
            "  static void add(String step) { STEPS.add(step); }",
            "}"),
        Compiler.source("shop.Item", "package shop;",
            "public record Item(String name, int quantity, java.util.List<String> tags, Kind kind) {",
            "  public enum Kind { TEA, POT }",
            "}"),
        Compiler.source("shop.Admin", "package shop;", "import dev.carafe.*;",
            "@Blueprint(name = \"admin\", urlPrefix = \"/admin\")",
            "public class Admin {",
            "  @Get(\"/\") public String home() { return \"admin home\"; }",
            "  @Get(\"/users/<int:id>\") public String user(int id) { return \"admin user \" + id; }",
            "  @BeforeRequest public void log() { Trail.add(\"admin.before\"); }",
            "  @AfterRequest public Response mark(Response response) { Trail.add(\"admin.after\"); return response.withHeader(\"X-Admin\", \"1\"); }",
            "  @ErrorHandler(status = 404) public Response adminMissing() { return Response.text(\"no such admin page\").withStatus(404); }",
            "}"),
        Compiler.source("shop.Api", "package shop;", "import dev.carafe.*;", "import java.util.*;",
            "public class Api {",
            "  @Get(\"/items\") public List<Item> items(@Query(defaultValue = \"1\") int page, @Query Optional<String> tag) {",
            "    return List.of(new Item(\"sencha\", page, List.of(tag.orElse(\"none\")), Item.Kind.TEA));",
            "  }",
            "  @Get(\"/items/<name>\") public Optional<Item> item(String name) {",
            "    return name.equals(\"pot\") ? Optional.of(new Item(\"pot\", 1, List.of(), Item.Kind.POT)) : Optional.empty();",
            "  }",
            "  @Post(\"/items\") public Response add(@JsonBody Item item) {",
            "    return Response.json(Map.of(\"added\", item.name(), \"kind\", item.kind().name(), \"tags\", item.tags())).withStatus(201);",
            "  }",
            "  @Post(\"/echo\") public Map<String, Object> echo(@JsonBody Map<String, Object> body) { return body; }",
            "  @Get(\"/whoami\") public String whoami(@Header Optional<String> userAgent, @Cookie(\"session\") String session) {",
            "    return userAgent.orElse(\"?\") + \" \" + session;",
            "  }",
            "  @Post(\"/login\") public String login(@Form String user, @Form(defaultValue = \"false\") boolean remember) {",
            "    return user + \" \" + remember;",
            "  }",
            "  public record Note(String text) {}",
            "  @Get(\"/note\") public Response note() { return Response.json(new Note(\"any record of the sources\")); }",
            "  @Get(\"/fail\") public String fail() { throw new IllegalStateException(\"gears\"); }",
            "  @Get(\"/crash\") public String crash() { throw new UnsupportedOperationException(\"secret\"); }",
            "  @Get(\"/teapot\") public String teapot() { throw dev.carafe.http.Abort.abort(418); }",
            "  @Get(\"/mode/<name>\") public String mode(String name, @Query Item.Kind kind) { return name + \" \" + kind; }",
            "}"));
    assertThat(compilation).succeeded();
    app = Compiler.app(compilation, "shop.Shop");
    client = new TestClient(app);
    served = (dev.carafe.gateway.Gateway) new Compiler.GeneratedClasses(compilation).loadClass("shop.ShopApp")
        .getMethod("serve", App.class).invoke(null, app);
    server = UndertowServer.builder(app).host("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void clearTrail() {
    steps().clear();
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<String> steps() {
    try {
      Class<?> loaded = Class.forName("shop.Trail", true,
          ((CompiledApp) app).endpoints().get(0).invoker().getClass().getClassLoader());
      return (java.util.List<String>) loaded.getField("STEPS").get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void hooksRunInFlasksOrderBlueprintFirstOnTheWayOut() {
    TestResponse response = client.get("/admin/users/3");
    assertEquals("admin user 3", response.text());
    assertEquals(java.util.List.of("app.before", "admin.before", "admin.after", "app.after",
        "app.teardown ok"), steps());
    assertEquals("1", response.header("X-Admin"));
    assertEquals("1", response.header("X-App"));
  }

  @Test
  void beforeRequestAnswersEarlyAndSkipsTheView() {
    TestResponse response = client.request("GET", "/admin/").header("X-Block", "yes").send();
    assertEquals(403, response.status());
    assertEquals("blocked", response.text());
    assertEquals(java.util.List.of("app.before", "admin.after", "app.after", "app.teardown ok"), steps());
  }

  @Test
  void teardownSeesTheExceptionThatNoHandlerAnswered() {
    assertEquals(500, client.get("/crash").status());
    assertTrue(steps().contains("app.teardown UnsupportedOperationException"), steps().toString());
  }

  @Test
  void errorHandlerByClassAnswers() {
    TestResponse response = client.get("/fail");
    assertEquals(503, response.status());
    assertEquals("broken: gears", response.text());
  }

  @Test
  void statusHandlerPageKeepsTheErrorStatus() {
    TestResponse response = client.get("/nowhere");
    assertEquals(404, response.status());
    assertEquals("<h1>Nothing at this address</h1>", response.text());
  }

  @Test
  void blueprintNotFoundHandlerAnswersUnderItsPrefix() {
    TestResponse response = client.get("/admin/nowhere");
    assertEquals(404, response.status());
    assertEquals("no such admin page", response.text());
  }

  @Test
  void abortGivesTheDefaultBodyInJsonWhenAsked() {
    TestResponse response = client.request("GET", "/teapot").header("Accept", "application/json").send();
    assertEquals(418, response.status());
    assertTrue(response.text().contains("\"code\":418"), response.text());
  }

  @Test
  void recordsAndListsAreJson() {
    TestResponse response = client.get("/items?page=2&tag=green");
    assertEquals("application/json", response.header("Content-Type"));
    assertEquals("[{\"name\":\"sencha\",\"quantity\":2,\"tags\":[\"green\"],\"kind\":\"TEA\"}]", response.text());
  }

  @Test
  void emptyOptionalIs404() {
    assertEquals(200, client.get("/items/pot").status());
    assertEquals(404, client.get("/items/cup").status());
  }

  @Test
  void jsonBodyIsReadIntoARecord() {
    TestResponse response = client.request("POST", "/items")
        .header("Content-Type", "application/json")
        .body("{\"kind\":\"POT\",\"name\":\"kyusu\",\"extra\":true,\"tags\":[\"clay\"],\"quantity\":3}").send();
    assertEquals(201, response.status(), response.text());
    assertTrue(response.text().contains("\"added\":\"kyusu\""), response.text());
    assertTrue(response.text().contains("\"kind\":\"POT\""), response.text());
  }

  @Test
  void malformedJsonIs400AndWrongContentTypeIs415() {
    assertEquals(400, client.request("POST", "/items").header("Content-Type", "application/json")
        .body("{\"name\":").send().status());
    assertEquals(400, client.request("POST", "/items").header("Content-Type", "application/json")
        .body("{\"kind\":\"CUP\"}").send().status());
    assertEquals(415, client.request("POST", "/items").header("Content-Type", "text/plain")
        .body("{}").send().status());
    assertEquals(400, client.request("POST", "/echo").header("Content-Type", "application/json")
        .body("[1, 2]").send().status());
  }

  @Test
  void mapBodyRoundTrips() {
    TestResponse response = client.request("POST", "/echo").header("Content-Type", "application/json")
        .body("{\"a\":[1,2],\"b\":null}").send();
    assertEquals("{\"a\":[1,2],\"b\":null}", response.text());
  }

  @Test
  void badQueryValueIs400NamingTheParameter() {
    TestResponse response = client.request("GET", "/items?page=two").header("Accept", "application/json").send();
    assertEquals(400, response.status());
    assertTrue(response.text().contains("Query parameter 'page' must be an integer, got 'two'"), response.text());
    assertTrue(client.get("/items?page=two").text().contains("Query parameter &#39;page&#39;"),
        "the HTML page escapes what the client sent");
  }

  @Test
  void enumQueryValueIsCheckedByName() {
    assertEquals("x POT", client.get("/mode/x?kind=POT").text());
    TestResponse response = client.get("/mode/x?kind=CUP");
    assertEquals(400, response.status());
    assertTrue(response.text().contains("one of TEA, POT"), response.text());
  }

  @Test
  void headersCookiesAndFormsAreBound() {
    assertEquals("curl/8 abc", client.request("GET", "/whoami").header("User-Agent", "curl/8")
        .header("Cookie", "session=abc").send().text());
    TestResponse missing = client.request("GET", "/whoami").header("Accept", "application/json").send();
    assertEquals(400, missing.status());
    assertTrue(missing.text().contains("Cookie 'session' is required"), missing.text());
    assertEquals("ada false", client.request("POST", "/login")
        .header("Content-Type", "application/x-www-form-urlencoded").body("user=ada").send().text());
  }

  @Test
  void theSameOverRealHttp() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/items"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"mug\",\"quantity\":1,\"kind\":\"POT\",\"tags\":[]}"))
        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(201, response.statusCode(), response.body());
    assertEquals("1", response.headers().firstValue("X-App").orElse(null));
    HttpResponse<String> bad = http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/items?page=x")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(400, bad.statusCode());
  }

  @Test
  void urlForBuildsBlueprintEndpoints() {
    assertEquals("/admin/users/5", app.urlFor("admin.user", Map.of("id", 5)));
    assertEquals("/admin/", app.urlFor("admin.home"));
  }

  @Test
  void urlValuePreprocessorTakesAVariableNoViewDeclares() {
    assertEquals("fr /fr/contact", client.get("/fr/about").text());
    assertEquals("/en/contact", app.urlFor("i18n.contact", Map.of("lang", "en")));
  }

  @Test
  void anErrorHandlersPageKeepsTheErrorsHeaders() {
    TestResponse response = client.request("DELETE", "/items/pot").send();
    assertEquals(405, response.status());
    assertEquals("wrong method", response.text());
    assertEquals("GET, HEAD, OPTIONS", response.header("Allow"));
  }

  @Test
  void anyPublicRecordOfTheSourcesIsJson() {
    assertEquals("{\"text\":\"any record of the sources\"}", client.get("/note").text());
  }

  @Test
  void theMainClassServesTheApplicationThroughItsMiddleware() {
    assertEquals("wrapped", new TestClient(served).get("/admin/").header("X-Served"));
    assertEquals(null, client.get("/admin/").header("X-Served"));
  }
}
