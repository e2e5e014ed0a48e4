package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.middleware.AccessLog;
import dev.carafe.middleware.ProxyFix;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** ProxyFix through the real server, as nginx in front of it would send the requests. */
class ProxyFixServerTest {
  private static final List<String> LOG = new CopyOnWriteArrayList<>();

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(ProxyFixServerTest::app,
      next -> Middleware.chain(next, new ProxyFix().xHost(1).xPrefix(1), new AccessLog(LOG::add)));

  static App app() {
    return TestApps.app(Lifecycle.none(),
        TestApps.get("whoami", "/whoami", request -> Response.text(
            request.environ().remoteAddress() + " "
                + RequestContext.current().app().urlFor("whoami", "_external", true))),
        TestApps.get("old", "/old", request ->
            Response.redirect(RequestContext.current().app().urlFor("whoami"))));
  }

  private final HttpClient http = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  private HttpResponse<String> get(URI server, String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
        .timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void behindTheProxyTheApplicationSeesTheClientsRequest(URI server) throws Exception {
    HttpResponse<String> response = get(server, "/whoami",
        "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https",
        "X-Forwarded-Host", "shop.example", "X-Forwarded-Prefix", "/store");

    assertEquals(200, response.statusCode());
    assertEquals("203.0.113.9 https://shop.example/store/whoami", response.body());
    assertTrue(LOG.stream().anyMatch(line -> line.startsWith("203.0.113.9 - - [")
        && line.contains("\"GET /store/whoami HTTP/1.1\" 200")), LOG.toString());

    HttpResponse<String> redirect = get(server, "/old", "X-Forwarded-Prefix", "/store");
    assertEquals(302, redirect.statusCode());
    assertEquals("/store/whoami", redirect.headers().firstValue("Location").orElseThrow());
  }

  @Test
  void withoutProxyHeadersTheConnectionIsTheClient(URI server) throws Exception {
    HttpResponse<String> response = get(server, "/whoami");
    assertEquals("127.0.0.1 http://127.0.0.1:" + server.getPort() + "/whoami", response.body());
  }

  @Test
  void hostileValuesAreIgnoredAndNeverA500(URI server) throws Exception {
    // As long as the server's header limit (8 KiB) lets through; past it the server answers 431.
    String huge = "10.0.0.1, ".repeat(700) + "203.0.113.9";
    assertEquals("203.0.113.9 http://127.0.0.1:" + server.getPort() + "/whoami",
        get(server, "/whoami", "X-Forwarded-For", huge).body());
    assertEquals(431, get(server, "/whoami", "X-Forwarded-For", huge + huge).statusCode());
    for (String[] hostile : new String[][] {
        {"X-Forwarded-For", "<script>"}, {"X-Forwarded-Proto", "gopher"},
        {"X-Forwarded-Host", "[::1"}, {"X-Forwarded-Host", "evil.example:99999"},
        {"X-Forwarded-Prefix", "//evil.example"}, {"X-Forwarded-For", "\"unclosed"}}) {
      HttpResponse<String> response = get(server, "/whoami", hostile);
      assertEquals(200, response.statusCode(), hostile[0] + ": " + hostile[1]);
      assertEquals("127.0.0.1 http://127.0.0.1:" + server.getPort() + "/whoami", response.body(),
          hostile[0] + ": " + hostile[1]);
    }
  }
}
