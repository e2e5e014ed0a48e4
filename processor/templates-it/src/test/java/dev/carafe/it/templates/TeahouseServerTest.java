package dev.carafe.it.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.junit.CarafeExtension;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The teahouse built by Maven as a user's application is (templates found in the class output,
 * their text loaded from resources beside their classes) and served by Undertow over HTTP.
 */
class TeahouseServerTest {
  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(TeahouseApp::create);

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(URI server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aTemplatedPageIsServedAsUtf8Html(URI server) throws Exception {
    HttpResponse<String> response = get(server, "/");
    assertEquals(200, response.statusCode());
    assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    String page = response.body();
    assertTrue(page.contains("<title>Menu · Teahouse</title>"), page);
    assertTrue(page.contains("<li><a href=\"/teas/2\">Earl Grey &lt;Special&gt;</a></li>"), page);
  }

  @Test
  void whatTheUserSentIsEscaped(URI server) throws Exception {
    String q = URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8);
    String page = get(server, "/?q=" + q).body();
    assertTrue(page.contains("<p class=\"search\">Results for &lt;script&gt;alert(1)&lt;/script&gt;</p>"), page);
  }

  /** The build found static/site.css in the class output, as it found the templates. */
  @Test
  void theStylesheetLinkIsFingerprintedAndServed(URI server) throws Exception {
    var link = Pattern.compile("<link rel=\"stylesheet\" href=\"(/static/site\\.[0-9a-f]{12}\\.css)\">")
        .matcher(get(server, "/").body());
    assertTrue(link.find());
    HttpResponse<String> css = get(server, link.group(1));
    assertEquals(200, css.statusCode());
    assertEquals("public, max-age=31536000, immutable",
        css.headers().firstValue("Cache-Control").orElse(null));
    try (var in = TeahouseServerTest.class.getResourceAsStream("/static/site.css")) {
      assertEquals(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), css.body());
    }
  }

  @Test
  void anErrorHandlersPageKeepsItsStatus(URI server) throws Exception {
    HttpResponse<String> response = get(server, "/coffee");
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("<h1>No tea at /coffee</h1>"), response.body());
  }
}
