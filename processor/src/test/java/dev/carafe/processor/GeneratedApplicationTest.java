package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.BuildError;
import dev.carafe.test.TestClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An application compiled with the processor and served through the test client. */
class GeneratedApplicationTest {
  private static App app;
  private static TestClient client;

  @BeforeAll
  static void compileShop() {
    Compilation compilation = compile(
        source("shop.Shop", "package shop;",
            "@dev.carafe.Application",
            "public class Shop {",
            "  public Greeter greeter() { return new Greeter(\"Welcome\"); }",
            "}"),
        source("shop.Greeter", "package shop;", "import dev.carafe.*;",
            "public class Greeter {",
            "  private final String greeting;",
            "  public Greeter(String greeting) { this.greeting = greeting; }",
            "  @Get(\"/\") public String index() { return \"<h1>\" + greeting + \"</h1>\"; }",
            "}"),
        source("shop.Users", "package shop;", "import dev.carafe.*;",
            "public class Users {",
            "  @Get(\"/users\") public String list() { return \"all users\"; }",
            "  @Get(\"/users/new\") public String form() { return \"new user form\"; }",
            "  @Get(\"/users/<int:id>\") public String show(int id) { return \"user \" + id; }",
            "  @Route(value = \"/users/<int:id>\", methods = {\"PUT\", \"PATCH\"})",
            "  public Response update(int id, Request request) {",
            "    return Response.text(\"updated \" + id + \" to \" + request.text()).withStatus(202);",
            "  }",
            "  @Delete(\"/users/<int:id>\") public void remove(long id) { }",
            "  @Get(\"/users/<name>\") public String byName(String name) { return \"name \" + name; }",
            "  @Get(\"/files/<name>.json\") public static byte[] json(String name) {",
            "    return (\"{\\\"name\\\":\\\"\" + name + \"\\\"}\").getBytes();",
            "  }",
            "  @Get(\"/boom\") public String boom() { throw new IllegalStateException(\"secret\"); }",
            "  @Get(value = \"/search\", endpoint = \"find\") public String search(Request r) {",
            "    return \"q=\" + r.arg(\"q\");",
            "  }",
            "}"));
    assertThat(compilation).succeeded();
    app = Compiler.app(compilation, "shop.Shop");
    client = new TestClient(app);
  }

  @Test
  void staticRouteAnswersWithHtml() {
    var response = client.get("/users");
    assertEquals(200, response.status());
    assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
    assertEquals("all users", response.text());
  }

  @Test
  void applicationClassMakesControllersThatNeedCollaborators() {
    assertEquals("<h1>Welcome</h1>", client.get("/").text());
  }

  @Test
  void intVariableIsConvertedAndStaticSegmentWins() {
    assertEquals("user 42", client.get("/users/42").text());
    assertEquals("new user form", client.get("/users/new").text());
    assertEquals("name bob", client.get("/users/bob").text());
  }

  @Test
  void intBeyondTheJavaTypeFallsToTheStringRule() {
    assertEquals("name 99999999999", client.get("/users/99999999999").text());
  }

  @Test
  void encodedSlashStaysInsideItsSegment() {
    assertEquals("name a/b c", client.get("/users/a%2Fb%20c").text());
  }

  @Test
  void mixedSegmentCapturesTheVariable() {
    var response = client.get("/files/report.json");
    assertEquals("application/octet-stream", response.header("Content-Type"));
    assertEquals("{\"name\":\"report\"}", response.text());
    assertEquals(404, client.get("/files/.json").status());
  }

  @Test
  void responseReturnValueKeepsItsStatusAndRequestBodyIsRead() {
    var response = client.put("/users/7", "Ada");
    assertEquals(202, response.status());
    assertEquals("updated 7 to Ada", response.text());
  }

  @Test
  void voidHandlerAnswersNoContent() {
    var response = client.delete("/users/7");
    assertEquals(204, response.status());
    assertEquals("", response.text());
  }

  @Test
  void unknownPathIs404() {
    var response = client.get("/nowhere");
    assertEquals(404, response.status());
    assertTrue(response.text().contains("<title>404 Not Found</title>"), response.text());
  }

  @Test
  void wrongMethodIs405WithTheUnionOfMethodsInAllow() {
    var response = client.request("POST", "/users/7").send();
    assertEquals(405, response.status());
    // GET /users/<int:id>, PUT and PATCH of update, DELETE of remove, and GET of byName's shape.
    assertEquals("DELETE, GET, HEAD, OPTIONS, PATCH, PUT", response.header("Allow"));
  }

  @Test
  void optionsIsAnsweredWithAllow() {
    var response = client.options("/users");
    assertEquals(200, response.status());
    assertEquals("GET, HEAD, OPTIONS", response.header("Allow"));
  }

  @Test
  void headIsAnsweredLikeGetWithoutBody() {
    var response = client.head("/users");
    assertEquals(200, response.status());
    assertEquals("9", response.header("Content-Length"));
    assertEquals(0, response.bytes().length);
  }

  @Test
  void handlerExceptionIs500WithoutDetailsAndTheNextRequestIsServed() {
    var response = client.get("/boom");
    assertEquals(500, response.status());
    assertTrue(!response.text().contains("secret"), response.text());
    assertEquals(200, client.get("/users").status());
  }

  @Test
  void requestParameterSeesTheQueryString() {
    assertEquals("q=tea pot", client.get("/search?q=tea+pot").text());
  }

  @Test
  void urlForBuildsRulesAndPutsExtraValuesInTheQuery() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", 5);
    values.put("tab", "posts & more");
    assertEquals("/users/5?tab=posts%20%26%20more", app.urlFor("show", values));
    assertEquals("/users/a%2Fb", app.urlFor("byName", Map.of("name", "a/b")));
    assertEquals("/search", app.urlFor("find"));
  }

  @Test
  void urlForTakesNamesAndValuesInPairsAsFlasksKeywordArguments() {
    assertEquals("/users/5?tab=posts", app.urlFor("show", "id", 5, "tab", "posts"));
    IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
        () -> app.urlFor("show", "id"));
    assertTrue(odd.getMessage().startsWith("urlFor(\"show\", ...) takes names and values in pairs"),
        odd.getMessage());
    IllegalArgumentException notAName = assertThrows(IllegalArgumentException.class,
        () -> app.urlFor("show", 5, "id"));
    assertTrue(notAName.getMessage().contains("argument 2 is 5 where a name (a String) belongs"),
        notAName.getMessage());
  }

  @Test
  void urlForAnUnknownEndpointSuggestsTheClosest() {
    BuildError error = assertThrows(BuildError.class, () -> app.urlFor("shwo", Map.of("id", 1)));
    assertEquals("Could not build url for endpoint 'shwo'. Did you mean 'show' instead?",
        error.getMessage());
  }

  @Test
  void urlForWithAMissingValueSaysWhich() {
    BuildError error = assertThrows(BuildError.class, () -> app.urlFor("show"));
    assertTrue(error.getMessage().contains("Missing value for 'id'"), error.getMessage());
  }

  @Test
  void everyBuiltUrlMatchesItsOwnEndpoint() {
    assertEquals("user 5", client.get(app.urlFor("show", Map.of("id", 5))).text());
    assertEquals("name a/b", client.get(app.urlFor("byName", Map.of("name", "a/b"))).text());
    assertNull(client.get(app.urlFor("list")).header("Allow"));
  }

  @Test
  void routeTableListsEndpointsLikeFlaskRoutes() {
    String table = app.routeTable();
    String[] lines = table.split("\n");
    assertEquals("Endpoint  Methods     Rule", lines[0].stripTrailing());
    assertTrue(lines[1].startsWith("--------  ----------  "), lines[1]);
    assertTrue(table.contains("update    PATCH, PUT  /users/<int:id>"), table);
    // Flask lists its static rule too.
    assertTrue(table.contains("static    GET         /static/<path:filename>"), table);
    assertEquals(13, lines.length, table);
  }
}
