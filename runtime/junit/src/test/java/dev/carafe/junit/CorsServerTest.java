package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.middleware.Cors;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS through the real server, as a browser on another origin sends the requests. */
class CorsServerTest {
  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(CorsServerTest::app,
      Cors.forOrigins("https://app.example").allowMethods("GET", "PUT")
          .allowHeaders("Content-Type").allowCredentials().maxAge(Duration.ofMinutes(5)));

  static App app() {
    return TestApps.app(Lifecycle.none(),
        TestApps.get("items", "/items", request -> Response.text("items")));
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aPreflightIsAnswered204WithTheAllowedMethodsAndHeaders(URI server) throws Exception {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.resolve("/items"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", "https://app.example")
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "content-type")
        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());

    assertEquals(204, response.statusCode());
    assertEquals("https://app.example",
        response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    assertEquals("GET, PUT", response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow());
    assertEquals("Content-Type",
        response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow());
    assertEquals("300", response.headers().firstValue("Access-Control-Max-Age").orElseThrow());
    assertEquals("true",
        response.headers().firstValue("Access-Control-Allow-Credentials").orElseThrow());
    assertEquals("", response.body());
  }

  @Test
  void anAllowedOriginReadsTheAnswerAndAnotherDoesNot(URI server) throws Exception {
    HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(server.resolve("/items"))
        .header("Origin", "https://app.example").timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("items", allowed.body());
    assertEquals("https://app.example",
        allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
    assertEquals("Origin", allowed.headers().firstValue("Vary").orElseThrow());

    HttpResponse<String> other = http.send(HttpRequest.newBuilder(server.resolve("/items"))
        .header("Origin", "https://evil.example").timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, other.statusCode());
    assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
  }

  @Test
  void theInProcessClientGoesThroughTheMiddlewareToo() {
    assertEquals("https://app.example", carafe.client().request("GET", "/items")
        .header("Origin", "https://app.example").send().header("Access-Control-Allow-Origin"));
  }
}
