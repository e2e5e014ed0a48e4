package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Environ;
import dev.carafe.internal.app.CompiledApp;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppTest {
  private final App app = FixtureApp.create();
  private final TestClient client = new TestClient(app);

  @Test
  void aMatchedRuleCallsItsHandler() {
    TestResponse response = client.get("/");
    assertEquals(200, response.status());
    assertEquals(Response.HTML, response.header("Content-Type"));
    assertEquals("Hello", response.text());
  }

  @Test
  void anUnknownPathGetsTheNotFoundPage() {
    TestResponse response = client.get("/nowhere");
    assertEquals(404, response.status());
    assertEquals(Response.HTML, response.header("Content-Type"));
    assertTrue(response.text().contains("<title>404 Not Found</title>"), response.toString());
  }

  @Test
  void aMethodNoRuleAcceptsGets405WithAllow() {
    TestResponse response = client.delete("/items");
    assertEquals(405, response.status());
    assertEquals("GET, HEAD, OPTIONS, POST", response.header("Allow"));
    assertTrue(response.text().contains("Method Not Allowed"));
  }

  @Test
  void endpointForNamesTheMatchedRuleAndNothingElse() {
    assertEquals("index", app.endpointFor(Environ.builder().pathInfo("/").build()));
    assertEquals("index", app.endpointFor(Environ.builder().method("HEAD").pathInfo("/").build()));
    assertEquals("create_item",
        app.endpointFor(Environ.builder().method("POST").pathInfo("/items").build()));
    assertEquals("user", app.endpointFor(Environ.builder().pathInfo("/user/a%20b").build()));
    // No rule, no method, a value its converter refuses: no endpoint, whatever the path.
    assertNull(app.endpointFor(Environ.builder().pathInfo("/nowhere/1").build()));
    assertNull(app.endpointFor(Environ.builder().method("DELETE").pathInfo("/items").build()));
    assertNull(app.endpointFor(Environ.builder().pathInfo("/post/x").build()));
  }

  @Test
  void optionsIsAnsweredWithAllow() {
    TestResponse response = client.options("/items");
    assertEquals(200, response.status());
    assertEquals("GET, HEAD, OPTIONS, POST", response.header("Allow"));
    assertEquals("", response.text());
  }

  @Test
  void headGetsTheLengthOfGetAndNoBody() {
    TestResponse response = client.head("/");
    assertEquals(200, response.status());
    assertEquals("5", response.header("Content-Length"));
    assertEquals(0, response.bytes().length);
  }

  @Test
  void postedBodyReachesTheHandler() {
    TestResponse response = client.post("/items", "tea");
    assertEquals(201, response.status());
    assertEquals("created tea", response.text());
  }

  @Test
  void aHandlerExceptionGives500WithoutTheTraceAndTheNextRequestIsServed() {
    TestResponse failed = client.get("/boom");
    assertEquals(500, failed.status());
    assertTrue(failed.text().contains("Internal Server Error"));
    assertFalse(failed.text().contains("secret detail"), failed.text());
    assertFalse(failed.text().contains("IllegalStateException"), failed.text());

    assertEquals(200, client.get("/").status());
  }

  @Test
  void anEncodedSlashStaysInsideItsParameter() {
    TestResponse response = client.get("/user/a%2Fb");
    assertEquals(200, response.status());
    assertEquals("user a/b", response.text());
  }

  @Test
  void aPathWithAnEncodedControlCharacterIsABadRequest() {
    for (String path : List.of("/user/a%00b", "/user/a%0D%0AX-Injected:%20yes", "/user/a%09b",
        "/user/a%7Fb")) {
      TestResponse response = client.get(path);
      assertEquals(400, response.status(), path);
      assertTrue(response.text().contains("control character"), response.text());
    }
    assertEquals(200, client.get("/user/a%20b").status());
  }

  @Test
  void urlForPutsExtraValuesInTheQueryString() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", "ada lovelace");
    values.put("tab", "posts");
    values.put("tag", List.of("a&b", "c"));
    assertEquals("/user/ada%20lovelace?tab=posts&tag=a%26b&tag=c", app.urlFor("user", values));
    assertEquals("/", app.urlFor("index"));
  }

  @Test
  void urlForOfAMistypedEndpointSuggestsTheRightOne() {
    BuildError error = assertThrows(BuildError.class, () -> app.urlFor("usr", Map.of("name", "x")));
    assertTrue(error.getMessage().contains("Did you mean 'user' instead?"), error.getMessage());
  }

  @Test
  void urlForWithAMissingOrWrongValueSaysWhich() {
    BuildError missing = assertThrows(BuildError.class, () -> app.urlFor("user"));
    assertTrue(missing.getMessage().contains("Missing value for 'name'"), missing.getMessage());
    BuildError wrong = assertThrows(BuildError.class, () -> app.urlFor("post", Map.of("id", "x")));
    assertTrue(wrong.getMessage().contains("must be an integer"), wrong.getMessage());
  }

  @Test
  void anEndpointOfSeveralRulesBuildsWithTheFirstThatFits() {
    Endpoint post = FixtureApp.create().endpoints().stream()
        .filter(e -> e.name().equals("post")).findFirst().orElseThrow();
    Endpoint byName = new Endpoint("post", "/posts/<name>", List.of("GET"),
        new dev.carafe.internal.routing.UrlTemplate(new String[] {"/posts/", ""}, new String[] {"name"},
            dev.carafe.internal.routing.UrlValue.string(1, -1)),
        request -> Response.text("by name"));
    App twoRules = CompiledApp.of((m, p, b) -> null, List.of(post, byName));
    assertEquals("/post/7", twoRules.urlFor("post", Map.of("id", 7)));
    assertEquals("/posts/seven", twoRules.urlFor("post", Map.of("name", "seven")));
  }
}
