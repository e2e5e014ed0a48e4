package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the routing table of Flask parity, as requests a user would send: through the
 * in-process test client and through a real server over HTTP, with the same expectations.
 */
class RoutingSemanticsTest {
  private static App app;
  private static Server server;
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void compileSite() {
    Compilation compilation = Compiler.compile(
        Compiler.source("site.Site", "package site;", "@dev.carafe.Application public class Site {}"),
        Compiler.source("site.SlugConverter", "package site;", "import dev.carafe.*;",
            "@UrlConverter(name = \"slug\", pattern = \"[a-z0-9]+(-[a-z0-9]+)*\")",
            "public final class SlugConverter implements Converter<String> {",
            "  public String toValue(String text) { return text.equals(\"admin\") ? null : text; }",
            "  public String toUrl(String slug) { return slug; }",
            "}"),
        Compiler.source("site.Pages", "package site;", "import dev.carafe.*;", "import java.util.UUID;",
            "public class Pages {",
            "  @Get(\"/\") public String index() { return \"index\"; }",
            "  @Get(\"/user/<int:id>\")",
            "  @Route(value = \"/old-user/<int:id>\", redirectTo = \"/user/<id>\")",
            "  public String user(int id) { return \"user \" + id; }",
            "  @Get(\"/link/<int:id>\") public String link(int id) {",
            "    return RequestContext.current().app().urlFor(\"user\", java.util.Map.of(\"id\", id, \"_external\", true));",
            "  }",
            "  @Get(\"/signed/<int(signed=True):n>\") public String signed(int n) { return \"signed \" + n; }",
            "  @Get(\"/range/<int(min=1, max=10):n>\") public String range(int n) { return \"range \" + n; }",
            "  @Get(\"/fixed/<int(fixed_digits=3):n>\") public String fixed(int n) { return \"fixed \" + n; }",
            "  @Get(\"/big/<int:n>\") public String big(long n) { return \"big \" + n; }",
            "  @Get(\"/page/<int:n>\") public String pageNumber(int n) { return \"int \" + n; }",
            "  @Get(\"/page/<name>\") public String pageName(String name) { return \"name \" + name; }",
            "  @Get(\"/code/<string(length=2):code>\") public String code(String code) { return \"code \" + code; }",
            "  @Get(\"/short/<string(minlength=2, maxlength=3):s>\") public String shortText(String s) { return \"short \" + s; }",
            "  @Get(\"/price/<float:p>\") public String price(double p) { return \"price \" + p; }",
            "  @Get(\"/id/<uuid:id>\") public String uuid(UUID id) { return \"uuid \" + id; }",
            "  @Get(\"/lang/<any(en, fr, de):lang>\") public String lang(String lang) { return \"lang \" + lang; }",
            "  @Get(\"/files/<path:rest>\") public String files(String rest) { return \"files \" + rest; }",
            "  @Get(\"/wp/<path:name>/edit\") public String wpEdit(String name) { return \"edit \" + name; }",
            "  @Get(\"/wp/<path:name>\") public String wp(String name) { return \"wp \" + name; }",
            "  @Get(\"/doc/<name>.json\") public String json(String name) { return \"json \" + name; }",
            "  @Get(\"/doc/<name>\") public String doc(String name) { return \"doc \" + name; }",
            "  @Get(\"/v<int:major>.<int:minor>\") public String version(int major, int minor) {",
            "    return \"version \" + major + \".\" + minor;",
            "  }",
            "  @Get(\"/dir/\") public String dir() { return \"dir\"; }",
            "  @Route(value = \"/lenient/\", strictSlashes = false) public String lenient() { return \"lenient\"; }",
            "  @Get(\"/leaf\") public String leaf() { return \"leaf\"; }",
            "  @Get(\"/evil.example\") public String evil() { return \"local\"; }",
            "  @Route(value = \"/items\", methods = {\"GET\", \"POST\"}) public String items(Request r) { return r.method(); }",
            "  @Delete(\"/items/<int:id>\") public void deleteItem(int id) { }",
            "  @Route(value = \"/users/\", defaults = \"page=1\")",
            "  @Route(\"/users/page/<int:page>\")",
            "  public String users(int page) { return \"page \" + page; }",
            "  @Get(\"/posts/<slug:slug>\") public String post(String slug) { return \"slug \" + slug; }",
            "  @Get(\"/posts/<name>\") public String postByName(String name) { return \"post \" + name; }",
            "  @Get(\"/\u043a\u043e\u0448\u043a\u0430/<name>\") public String cat(String name) { return \"cat \" + name; }",
            "  @Get(\"/\u00fcmlaut/\") public String umlaut() { return \"umlaut\"; }",
            "  @Get(\"/hello world\") public String space() { return \"space\"; }",
            "  @Get(\"/tree/<path:p>/\") public String tree(String p) { return \"tree \" + p; }",
            "  @Get(\"/tree-edit/<path:name>/edit/\") public String treeEdit(String name) { return \"edit \" + name; }",
            "  @Get(\"/weight/<path:path>/c\") public String simple(String path) { return \"simple \" + path; }",
            "  @Get(\"/weight/<path:path>/<a>/<b>\") public String complex(String path, String a, String b) {",
            "    return \"complex \" + path + \" \" + a + \" \" + b;",
            "  }",
            "}"));
    assertThat(compilation).succeeded();
    app = Compiler.app(compilation, "site.Site");
    server = UndertowServer.builder(app).host("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  /** Method, path, status, then the body, or for 3xx the Location, or for 405 the Allow. */
  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of("GET", "/", 200, "index"),
        Arguments.of("GET", "/user/42", 200, "user 42"),
        Arguments.of("GET", "/user/-1", 404, null),
        Arguments.of("GET", "/user/abc", 404, null),
        Arguments.of("GET", "/user/99999999999", 404, null),
        Arguments.of("GET", "/big/99999999999", 200, "big 99999999999"),
        Arguments.of("GET", "/big/99999999999999999999", 404, null),
        Arguments.of("GET", "/signed/-5", 200, "signed -5"),
        Arguments.of("GET", "/range/10", 200, "range 10"),
        Arguments.of("GET", "/range/11", 404, null),
        Arguments.of("GET", "/range/0", 404, null),
        Arguments.of("GET", "/fixed/007", 200, "fixed 7"),
        Arguments.of("GET", "/fixed/07", 404, null),
        Arguments.of("GET", "/page/5", 200, "int 5"),
        Arguments.of("GET", "/page/five", 200, "name five"),
        Arguments.of("GET", "/code/en", 200, "code en"),
        Arguments.of("GET", "/code/eng", 404, null),
        Arguments.of("GET", "/short/ab", 200, "short ab"),
        Arguments.of("GET", "/short/a", 404, null),
        Arguments.of("GET", "/short/abcd", 404, null),
        Arguments.of("GET", "/price/1.5", 200, "price 1.5"),
        Arguments.of("GET", "/price/1", 404, null),
        Arguments.of("GET", "/id/6BA7B810-9DAD-11D1-80B4-00C04FD430C8", 200,
            "uuid 6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
        Arguments.of("GET", "/id/6BA7B810-9DAD-11D1-80B4-00C04FD430C", 404, null),
        Arguments.of("GET", "/lang/fr", 200, "lang fr"),
        Arguments.of("GET", "/lang/es", 404, null),
        Arguments.of("GET", "/files/a/b/c.txt", 200, "files a/b/c.txt"),
        Arguments.of("GET", "/wp/a/b/edit", 200, "edit a/b"),
        Arguments.of("GET", "/wp/a/b", 200, "wp a/b"),
        Arguments.of("GET", "/doc/report.json", 200, "json report"),
        Arguments.of("GET", "/doc/report", 200, "doc report"),
        Arguments.of("GET", "/doc/a%2Fb", 200, "doc a/b"),
        Arguments.of("GET", "/v1.2", 200, "version 1.2"),
        Arguments.of("GET", "/dir", 308, "/dir/"),
        Arguments.of("GET", "/dir?x=1", 308, "/dir/?x=1"),
        Arguments.of("GET", "/dir/", 200, "dir"),
        Arguments.of("GET", "/lenient", 200, "lenient"),
        Arguments.of("GET", "/lenient/", 200, "lenient"),
        Arguments.of("GET", "/leaf", 200, "leaf"),
        Arguments.of("GET", "/leaf/", 404, null),
        Arguments.of("GET", "/user//42", 308, "/user/42"),
        Arguments.of("GET", "//evil.example", 308, "/evil.example"),
        Arguments.of("POST", "/items", 200, "POST"),
        Arguments.of("PUT", "/items", 405, "GET, HEAD, OPTIONS, POST"),
        Arguments.of("OPTIONS", "/items", 200, ""),
        Arguments.of("DELETE", "/items/3", 204, ""),
        Arguments.of("GET", "/items/3", 405, "DELETE, OPTIONS"),
        Arguments.of("GET", "/users/", 200, "page 1"),
        Arguments.of("GET", "/users/page/2", 200, "page 2"),
        Arguments.of("GET", "/old-user/5", 308, "/user/5"),
        Arguments.of("GET", "/posts/hello-world", 200, "slug hello-world"),
        Arguments.of("GET", "/posts/admin", 200, "post admin"),
        Arguments.of("GET", "/posts/Hello_World", 200, "post Hello_World"),
        // Non-ASCII and escaped text, matched however the client encoded it (Flask 3.1 answers the same).
        Arguments.of("GET", "/%D0%BA%D0%BE%D1%88%D0%BA%D0%B0/tom", 200, "cat tom"),
        Arguments.of("GET", "/%d0%ba%d0%be%d1%88%d0%ba%d0%b0/%D0%BC", 200, "cat \u043c"),
        Arguments.of("GET", "/%C3%BCmlaut", 308, "/%C3%BCmlaut/"),
        Arguments.of("GET", "/%C3%BCmlaut/", 200, "umlaut"),
        Arguments.of("GET", "/hello%20world", 200, "space"),
        Arguments.of("GET", "/doc/a%252Fb", 200, "doc a%2Fb"),
        Arguments.of("GET", "/%75ser/42", 200, "user 42"),
        // A path variable before the rule's trailing slash: Werkzeug's suffixed part.
        Arguments.of("GET", "/tree/a/b", 308, "/tree/a/b/"),
        Arguments.of("GET", "/tree/a/b/", 200, "tree a/b"),
        Arguments.of("GET", "/tree/a/b//", 308, "/tree/a/b/"),
        Arguments.of("GET", "/tree/a", 308, "/tree/a/"),
        Arguments.of("GET", "/tree/", 404, null),
        Arguments.of("GET", "/tree-edit/x/y/edit", 308, "/tree-edit/x/y/edit/"),
        Arguments.of("GET", "/tree-edit/x/y/edit/", 200, "edit x/y"),
        // Werkzeug's path weighting: static text after the path beats more variables.
        Arguments.of("GET", "/weight/a/b/c", 200, "simple a/b"),
        Arguments.of("GET", "/weight/a/b/d", 200, "complex a b d"),
        Arguments.of("GET", "/nowhere", 404, null));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("rows")
  void throughTheTestClient(String method, String path, int status, String expected) {
    TestResponse response = new TestClient(app).request(method, path).send();
    check(status, expected, response.status(), response.text(), response.header("Location"),
        response.header("Allow"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("rows")
  void throughTheServer(String method, String path, int status, String expected) throws Exception {
    HttpResponse<String> response = HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    check(status, expected, response.statusCode(), response.body(),
        response.headers().firstValue("Location").orElse(null),
        response.headers().firstValue("Allow").orElse(null));
  }

  private static void check(int status, String expected, int actualStatus, String body,
      String location, String allow) {
    assertEquals(status, actualStatus, body);
    if (status == 308) {
      assertEquals(expected, location);
      assertFalse(location.startsWith("//"), location);
    } else if (status == 405) {
      assertEquals(expected, allow);
    } else if (expected != null) {
      assertEquals(expected, body);
    }
  }

  @Test
  void headIsGetWithoutBody() {
    TestResponse response = new TestClient(app).head("/items");
    assertEquals(200, response.status());
    assertEquals("4", response.header("Content-Length"), "the view saw HEAD, as in Flask");
    assertEquals("", response.text());
  }

  @Test
  void optionsListsEveryMethodOfThePath() {
    assertEquals("GET, HEAD, OPTIONS, POST", new TestClient(app).options("/items").header("Allow"));
  }

  @Test
  void urlForPicksTheRuleWhoseDefaultsFit() {
    assertEquals("/users/", app.urlFor("users", Map.of("page", 1)));
    assertEquals("/users/page/2", app.urlFor("users", Map.of("page", 2)));
  }

  @Test
  void urlForWritesValuesAsTheirConvertersReadThem() {
    assertEquals("/fixed/007", app.urlFor("fixed", Map.of("n", 7)));
    assertEquals("/files/a/b%20c", app.urlFor("files", Map.of("rest", "a/b c")));
    assertEquals("/doc/a%2Fb", app.urlFor("doc", Map.of("name", "a/b")));
    assertEquals("/price/2.5", app.urlFor("price", Map.of("p", 2.5)));
    assertEquals("/%D0%BA%D0%BE%D1%88%D0%BA%D0%B0/%D0%BC%D1%83%D1%80%D0%BA%D0%B0",
        app.urlFor("cat", Map.of("name", "\u043c\u0443\u0440\u043a\u0430")), "as Flask 3.1 builds it");
    assertEquals("/%C3%BCmlaut/", app.urlFor("umlaut", Map.of()));
    assertEquals("/hello%20world", app.urlFor("space", Map.of()));
  }

  @Test
  void urlForRefusesAValueItsRuleWouldNotMatch() {
    dev.carafe.BuildError error = org.junit.jupiter.api.Assertions.assertThrows(
        dev.carafe.BuildError.class, () -> app.urlFor("range", Map.of("n", 11)));
    assertEquals("Could not build url for endpoint 'range'. The value for 'n' does not fit the"
        + " rule: 11 is outside what the rule takes (1 to 10).", error.getMessage());
  }

  @Test
  void urlForTakesFlasksSpecialValues() {
    assertEquals("/user/5#top%20part", app.urlFor("user", Map.of("id", 5, "_anchor", "top part")));
    assertEquals("/items", app.urlFor("items", Map.of("_method", "POST")));
    org.junit.jupiter.api.Assertions.assertThrows(dev.carafe.BuildError.class,
        () -> app.urlFor("items", Map.of("_method", "DELETE")));
    org.junit.jupiter.api.Assertions.assertThrows(dev.carafe.BuildError.class,
        () -> app.urlFor("user", Map.of("id", 5, "_external", true)));
  }

  @Test
  void externalUrlsUseTheRequestsSchemeHostAndPort() {
    assertEquals("http://localhost/user/5", new TestClient(app).get("/link/5").text());
  }

  @Test
  void everyConverterRoundTripsWhatItBuilds() {
    java.util.Random random = new java.util.Random(42);
    TestClient client = new TestClient(app);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + random.nextInt(10);
      assertEquals("range " + n, client.get(app.urlFor("range", Map.of("n", n))).text());
      int fixed = random.nextInt(1000);
      assertEquals("fixed " + fixed, client.get(app.urlFor("fixed", Map.of("n", fixed))).text());
      int signed = random.nextInt() / 2;
      assertEquals("signed " + signed, client.get(app.urlFor("signed", Map.of("n", signed))).text());
      long big = random.nextLong() & Long.MAX_VALUE;
      assertEquals("big " + big, client.get(app.urlFor("big", Map.of("n", big))).text());
      double price = Math.abs(random.nextInt(100000)) / 100.0;
      assertEquals("price " + price, client.get(app.urlFor("price", Map.of("p", price))).text());
      java.util.UUID id = new java.util.UUID(random.nextLong(), random.nextLong());
      assertEquals("uuid " + id, client.get(app.urlFor("uuid", Map.of("id", id))).text());
      String lang = java.util.List.of("en", "fr", "de").get(random.nextInt(3));
      assertEquals("lang " + lang, client.get(app.urlFor("lang", Map.of("lang", lang))).text());
      String rest = "a" + random.nextInt(100) + "/b c/%d" + random.nextInt(10);
      assertEquals("files " + rest, client.get(app.urlFor("files", Map.of("rest", rest))).text());
      int major = random.nextInt(20);
      int minor = random.nextInt(20);
      assertEquals("version " + major + "." + minor,
          client.get(app.urlFor("version", Map.of("major", major, "minor", minor))).text());
    }
  }
}
