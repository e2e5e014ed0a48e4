package dev.carafe.internal.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.LogCapture;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.config.Config;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The debug page as a client sees it: its forms, its frames, its sources and its masking. */
class DebugPageTest {
  private static final String BROWSER =
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @TempDir
  Path sources;

  @BeforeEach
  void writeTheApplicationsSource() throws IOException {
    Path file = sources.resolve("com/example/shop/Cart.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n",
        "package com.example.shop;",
        "",
        "final class Cart {",
        "  int total(java.util.List<Integer> prices) {",
        "    if (prices.size() < 1 && \"<b>\".isEmpty()) {",
        "      throw new IllegalStateException(\"empty cart\");",
        "    }",
        "    return 0;",
        "  }",
        "}",
        ""), StandardCharsets.UTF_8);
  }

  /** What the shop's cart throws: its frames as if thrown in Cart.java on line 6. */
  private static IllegalStateException emptyCart() {
    IllegalStateException error = new IllegalStateException("empty <cart>");
    error.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("com.example.shop.Cart", "total", "Cart.java", 6),
        new StackTraceElement("dev.carafe.internal.app.CompiledApp", "call", "CompiledApp.java", 250),
        new StackTraceElement("app", "java.base", "21", "java.lang.Thread", "run", "Thread.java", 1583),
        new StackTraceElement("com.example.shop.Cart", "checkout", "Cart.java", 8)});
    return error;
  }

  private App app(boolean debug, RuntimeException thrown) {
    return TestApps.app(Lifecycle.none(),
        TestApps.get("cart.show", "/cart/<name>", request -> {
          throw thrown;
        }),
        TestApps.endpoint("cart.pay", "/pay", "POST", null, request -> {
          request.form();
          throw thrown;
        }))
        .withConfig(Config.builder().set(Config.DEBUG, debug)
            .set(SourceRoots.KEY, sources.toString()).build());
  }

  private TestResponse get(String accept) {
    try (LogCapture log = LogCapture.of(App.class)) {
      var request = new TestClient(app(true, emptyCart())).request("GET", "/cart/alice");
      if (accept != null) {
        request.header("Accept", accept);
      }
      return request.send();
    }
  }

  @Test
  void aBrowserGetsAnHtmlPageWithTheApplicationsFramesOpenAndTheRestFolded() {
    TestResponse page = get(BROWSER);
    assertEquals(500, page.status());
    assertEquals(Response.HTML, page.header("Content-Type"));
    String html = page.text();
    assertTrue(html.contains("<h1>java.lang.IllegalStateException</h1>"), html);
    assertTrue(html.contains("<p class=message>empty &lt;cart&gt;</p>"), html);
    assertTrue(html.contains("In <code>Cart.total</code>, Cart.java line 6, on <code>GET /cart/alice</code>"),
        html);
    assertTrue(html.contains("<li class=app><details open>\n<summary><code>com.example.shop.Cart.total"
        + "</code> <cite>Cart.java:6</cite></summary>"), html);
    assertTrue(html.contains("<li class=folded><details>\n<summary>2 frames of Carafe, java.base"
        + "</summary>"), html);
    // The run of folded frames ends at the next application frame, which is open again.
    assertTrue(html.indexOf("Cart.checkout") > html.indexOf("2 frames of"), html);
  }

  @Test
  void theSourceLinesAroundAnApplicationFrameAreShownEscapedWithItsLineMarked() {
    String html = get(BROWSER).text();
    assertTrue(html.contains("<span class=l><span class=no>1</span>package com.example.shop;</span>"),
        html);
    assertTrue(html.contains("<span class=l><span class=no>5</span>    if (prices.size() &lt; 1"
        + " &amp;&amp; &#34;&lt;b&gt;&#34;.isEmpty()) {</span>"), html);
    assertTrue(html.contains("<span class=\"l current\"><span class=no>6</span>      throw new"
        + " IllegalStateException(&#34;empty cart&#34;);</span>"), html);
    assertFalse(html.contains("\"<b>\""), "never unescaped");
  }

  @Test
  void aFrameWhoseSourceIsNotAtHandSaysWhereThePageLooked() throws IOException {
    Files.delete(sources.resolve("com/example/shop/Cart.java"));
    Files.writeString(sources.resolve("Other.java"), "class Other {}\n");
    String html = get(BROWSER).text();
    // With sources at hand but not this one, the frame is taken for a library's and folded.
    assertTrue(html.contains("4 frames of com.example, Carafe, java.base"), html);
  }

  @Test
  void theRequestIsShownWithCookiesCredentialsAndTokensMasked() {
    TestResponse page;
    try (LogCapture log = LogCapture.of(App.class)) {
      page = new TestClient(app(true, emptyCart())).request("GET", "/cart/alice")
          .query("page", "2").query("api_token", "tok-123")
          .header("Accept", BROWSER)
          .header("Cookie", "session=eyJzZWNyZXQiOjF9; theme=dark")
          .header("Authorization", "Bearer abc.def.ghi")
          .header("X-CSRF-Token", "csrf-456")
          .header("X-Request-Id", "req-789")
          .send();
    }
    String html = page.text();
    for (String secret : new String[] {"eyJzZWNyZXQiOjF9", "dark", "abc.def.ghi", "csrf-456", "tok-123"}) {
      assertFalse(html.contains(secret), secret + " in " + html);
    }
    assertTrue(html.contains("<tr><th>Cookie</th><td class=masked>session=***; theme=***</td></tr>"),
        html);
    assertTrue(html.contains("<tr><th>Authorization</th><td class=masked>Bearer ***</td></tr>"), html);
    assertTrue(html.contains("<tr><th>X-CSRF-Token</th><td class=masked>***</td></tr>"), html);
    assertTrue(html.contains("<tr><th>X-Request-Id</th><td>req-789</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Query argument page</th><td>2</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Query argument api_token</th><td class=masked>***</td></tr>"),
        html);
  }

  @Test
  void theMatchedEndpointItsRuleAndTheViewArgumentsAreShown() {
    String html = get(BROWSER).text();
    assertTrue(html.contains("<tr><th>Request</th><td>GET /cart/alice</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Endpoint</th><td>cart.show</td></tr>\n"
        + "<tr><th>Rule</th><td>/cart/&lt;name&gt;</td></tr>"), html);
    assertTrue(html.contains("<tr><th>View argument name</th><td>alice</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Session keys</th><td>not opened by the request</td></tr>"), html);
  }

  @Test
  void formFieldsAreShownWithPasswordsMasked() {
    TestResponse page;
    try (LogCapture log = LogCapture.of(App.class)) {
      page = new TestClient(app(true, emptyCart())).request("POST", "/pay")
          .header("Accept", BROWSER)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .body("username=alice&password=hunter2&csrf_token=t0k").send();
    }
    String html = page.text();
    assertTrue(html.contains("<tr><th>Form field username</th><td>alice</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Form field password</th><td class=masked>***</td></tr>"), html);
    assertTrue(html.contains("<tr><th>Form field csrf_token</th><td class=masked>***</td></tr>"), html);
    assertFalse(html.contains("hunter2"), html);
    assertFalse(html.contains("t0k"), html);
  }

  @Test
  void causesAndSuppressedExceptionsFollowInTheJvmsOrderAndWords() {
    IllegalStateException cause = new IllegalStateException("no such table: post");
    RuntimeException wrapper = new RuntimeException("could not list the posts", cause);
    wrapper.addSuppressed(new IllegalArgumentException("while closing"));
    String html;
    try (LogCapture log = LogCapture.of(App.class)) {
      html = new TestClient(app(true, wrapper)).request("GET", "/cart/x")
          .header("Accept", BROWSER).send().text();
    }
    int top = html.indexOf("<h3>java.lang.RuntimeException: could not list the posts</h3>");
    int suppressed = html.indexOf("<p class=relation>Suppressed:</p>\n"
        + "<h3>java.lang.IllegalArgumentException: while closing</h3>");
    int causedBy = html.indexOf("<p class=relation>Caused by:</p>\n"
        + "<h3>java.lang.IllegalStateException: no such table: post</h3>");
    assertTrue(0 < top && top < suppressed && suppressed < causedBy, html);
    assertTrue(html.contains("<div class=\"link nested\">\n<p class=relation>Suppressed:"), html);
    assertTrue(html.contains(" in common with the exception above</p>"), html);
  }

  @Test
  void thePageRunsNoScriptAndItsPolicyAllowsOnlyItsOwnStyleSheet() throws Exception {
    TestResponse page = get(BROWSER);
    String html = page.text();
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), html);
    assertFalse(html.contains("<form"), html);
    assertFalse(html.contains(" style="), "an inline style attribute the policy would block");
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
    assertEquals("default-src 'none'; style-src 'sha256-" + hash + "'; base-uri 'none';"
        + " form-action 'none'; frame-ancestors 'none'", page.header("Content-Security-Policy"));
    assertEquals("no-store", page.header("Cache-Control"));
  }

  @Test
  void aClientWithoutAPreferenceOrPreferringTextGetsTheTraceAsText() {
    for (String accept : new String[] {null, "*/*", "text/plain", "text/html;q=0.5, text/plain"}) {
      TestResponse page = get(accept);
      assertEquals(500, page.status());
      assertEquals(Response.TEXT, page.header("Content-Type"), accept);
      String text = page.text();
      assertTrue(text.startsWith("java.lang.IllegalStateException: empty <cart>\n"
          + "\tat com.example.shop.Cart.total(Cart.java:6)\n"), text);
      assertTrue(text.contains("\nRequest: GET /cart/alice\nEndpoint: cart.show (rule /cart/<name>)\n"
          + "View arguments:\n  name: alice\n"), text);
    }
  }

  @Test
  void theTextMasksAsThePageDoes() {
    TestResponse page;
    try (LogCapture log = LogCapture.of(App.class)) {
      page = new TestClient(app(true, emptyCart())).request("GET", "/cart/alice")
          .header("Cookie", "session=abc").header("Authorization", "Basic dXNlcjpwYXNz").send();
    }
    assertTrue(page.text().contains("Headers:\n"), page.text());
    assertTrue(page.text().contains("  Cookie: session=***\n"), page.text());
    assertTrue(page.text().contains("  Authorization: Basic ***\n"), page.text());
    assertFalse(page.text().contains("dXNlcjpwYXNz"), page.text());
  }

  @Test
  void aClientThatPrefersJsonGetsTheErrorBodysFieldsAndTheTrace() {
    TestResponse page = get("application/json");
    assertEquals(500, page.status());
    assertEquals("application/json", page.header("Content-Type"));
    assertTrue(page.text().startsWith("{\"code\":500,\"name\":\"Internal Server Error\","
        + "\"description\":\"The server encountered an internal error"), page.text());
    assertTrue(page.text().contains("\"exception\":\"java.lang.IllegalStateException: empty <cart>\","
        + "\"traceback\":\"java.lang.IllegalStateException: empty <cart>\\n\\tat com.example.shop"
        + ".Cart.total(Cart.java:6)\\n"), page.text());
  }

  @Test
  void outsideDebugModeTheAnswerHasNoDetailAtAll() {
    for (String accept : new String[] {null, BROWSER, "text/plain", "application/json"}) {
      TestResponse page;
      try (LogCapture log = LogCapture.of(App.class)) {
        var request = new TestClient(app(false, emptyCart())).request("GET", "/cart/alice");
        if (accept != null) {
          request.header("Accept", accept);
        }
        page = request.send();
      }
      assertEquals(500, page.status());
      assertFalse(page.text().contains("empty"), page.text());
      assertFalse(page.text().contains("Cart"), page.text());
      assertFalse(page.text().contains("IllegalStateException"), page.text());
      assertTrue(page.text().contains("Internal Server Error"), page.text());
    }
  }

  @Test
  void inDebugModeThePageWinsOverThe500HandlerAsFlaskLetsTheErrorThroughToItsDebugger() {
    Lifecycle lifecycle = Lifecycle.builder()
        .statusHandler(null, 500, (request, error) -> Response.text("our own 500").withStatus(500))
        .build();
    App plain = TestApps.app(lifecycle, TestApps.get("boom", "/boom", request -> {
      throw emptyCart();
    }));
    try (LogCapture log = LogCapture.of(App.class)) {
      assertEquals("our own 500", new TestClient(plain).get("/boom").text());
      assertTrue(new TestClient(plain.withDebug(true)).get("/boom").text()
          .startsWith("java.lang.IllegalStateException: empty <cart>"));
    }
  }

  /** An exception no page can describe: asking for its message throws. */
  private static final class Unspeakable extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new UnsupportedOperationException("no message");
    }
  }

  @Test
  void aPageThatCannotBeMadeFallsBackToText() {
    TestResponse page;
    try (LogCapture log = LogCapture.of(App.class)) {
      page = new TestClient(app(true, new Unspeakable())).request("GET", "/cart/alice")
          .header("Accept", BROWSER).send();
    }
    assertEquals(500, page.status());
    assertEquals(Response.TEXT, page.header("Content-Type"));
    assertTrue(page.text().startsWith(Unspeakable.class.getName() + " (its trace cannot be printed)\n"
        + "\nThe debug page failed too:\njava.lang.UnsupportedOperationException: no message\n"),
        page.text());
  }
}
