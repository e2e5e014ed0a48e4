package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carafe.App;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DispatcherTest {
  /** Werkzeug's {@code test_dispatcher}. */
  @Test
  void werkzeugsDispatcherTest() {
    Gateway nullApplication = (environ, start) -> {
      start.start(404, HeaderList.of("Content-Type", "text/plain"));
      return Body.of("NOT FOUND");
    };
    Gateway dummyApplication = (environ, start) -> {
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of(environ.scriptName());
    };
    TestClient client = new TestClient(Middleware.chain(nullApplication, Dispatcher.of(
        Map.of("/test1", dummyApplication, "/test2/very", dummyApplication))));
    Map<String, List<String>> tests = Map.of(
        "/test1", List.of("/test1", "/test1/asfd", "/test1/very"),
        "/test2/very", List.of("/test2/very", "/test2/very/long/path/after/script/name"));

    tests.forEach((name, urls) -> {
      for (String url : urls) {
        TestResponse response = client.get(url);
        assertEquals(200, response.status(), url);
        assertEquals(name, response.text().strip(), url);
      }
    });
    TestResponse missing = client.get("/missing");
    assertEquals(404, missing.status());
    assertEquals("NOT FOUND", missing.text().strip());
  }

  @Test
  void theLongestPrefixWinsAndTheRestIsThePathInfo() {
    TestClient client = new TestClient(Middleware.chain(echo("root"), Dispatcher.of(mounts(
        "/a", echo("a"), "/a/b", echo("a/b"), "/blog", echo("blog")))));

    assertEquals("a/b /a/b|/c/d", client.get("/a/b/c/d").text());
    assertEquals("a /a|/bc", client.get("/a/bc").text());
    assertEquals("a/b /a/b|", client.get("/a/b").text());
    assertEquals("a/b /a/b|/", client.get("/a/b/").text());
    assertEquals("blog /blog|/2026/hello%2Fworld", client.get("/blog/2026/hello%2Fworld").text());
    assertEquals("root |/blogger", client.get("/blogger").text());
    assertEquals("root |/", client.get("/").text());
    assertEquals("root |/b/a", client.get("/b/a").text());
  }

  @Test
  void aDispatcherUnderAMountPointAddsToItsScriptName() {
    Gateway inner = Middleware.chain(echo("root"), Dispatcher.of(mounts("/blog", echo("blog"))));
    Gateway outer = Middleware.chain(echo("site"), Dispatcher.of(mounts("/site", inner)));
    TestClient client = new TestClient(outer);

    assertEquals("blog /site/blog|/post", client.get("/site/blog/post").text());
    assertEquals("root /site|/other", client.get("/site/other").text());
  }

  @Test
  void aCarafeAppMountedUnderAPrefixBuildsItsUrlsUnderIt() {
    App blog = TestApps.app(Lifecycle.none(),
        TestApps.get("index", "/", request -> Response.text(
            RequestContext.current().app().urlFor("post", "slug", "hello") + " "
                + RequestContext.current().app().urlFor("index", "_external", true))),
        TestApps.get("post", "/posts/<slug>", request -> Response.redirect(
            RequestContext.current().app().urlFor("index"))));
    App shop = TestApps.app(Lifecycle.none(),
        TestApps.get("index", "/", request -> Response.text("shop at "
            + RequestContext.current().app().urlFor("index"))));
    TestClient client = new TestClient(
        Middleware.chain(shop, Dispatcher.of(Map.of("/blog", blog))));

    assertEquals("/blog/posts/hello http://localhost/blog/", client.get("/blog/").text());
    assertEquals("/blog/", client.get("/blog/posts/hello").header("Location"));
    assertEquals("shop at /", client.get("/").text());
    assertEquals(404, client.get("/blogger").status());
  }

  @Test
  void behindProxyFixTheProxysPrefixComesFirst() {
    App blog = TestApps.app(Lifecycle.none(), TestApps.get("index", "/",
        request -> Response.text(RequestContext.current().app().urlFor("index", "_external", true))));
    Gateway site = Middleware.chain(echo("root"),
        new ProxyFix().xHost(1).xPrefix(1), Dispatcher.of(Map.of("/blog", blog)));

    TestResponse response = new TestClient(site).request("GET", "/blog/")
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "example.org")
        .header("X-Forwarded-Prefix", "/site").send();
    assertEquals("https://example.org/site/blog/", response.text());
  }

  @Test
  void aPrefixMustStartWithASlashAndNotEndWithOne() {
    Gateway app = echo("x");
    for (String bad : List.of("blog", "/blog/", "/", "")) {
      IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
          () -> Dispatcher.of(Map.of(bad, app)), bad);
      assertEquals(true, error.getMessage().contains("'" + bad + "'"), error.getMessage());
    }
    assertEquals("Dispatcher[/blog]", Dispatcher.of(Map.of("/blog", app)).toString());
  }

  @Test
  void aVeryLongPathCostsNoMoreThanTheLongestPrefix() {
    TestClient client = new TestClient(
        Middleware.chain(echo("root"), Dispatcher.of(mounts("/blog", echo("blog")))));
    String deep = "/a".repeat(200_000);
    assertEquals("root |" + deep, client.get(deep).text());
    assertEquals("blog /blog|" + deep, client.get("/blog" + deep).text());
  }

  /** Answers {@code name script|path}. */
  private static Gateway echo(String name) {
    return (environ, start) -> {
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of(name + " " + environ.scriptName() + "|" + environ.pathInfo());
    };
  }

  private static Map<String, Gateway> mounts(Object... prefixesAndGateways) {
    Map<String, Gateway> mounts = new LinkedHashMap<>();
    for (int i = 0; i < prefixesAndGateways.length; i += 2) {
      mounts.put((String) prefixesAndGateways[i], (Gateway) prefixesAndGateways[i + 1]);
    }
    return mounts;
  }
}
