package dev.carafe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import org.junit.jupiter.api.Test;

class PrometheusEndpointTest {
  private final App app = TestApps.app(Lifecycle.none(),
      TestApps.get("items", "/items", request -> Response.text("items")));
  private final Metrics metrics = Metrics.builder(app).jvmMetrics(false).build();
  private final TestClient client = new TestClient(Middleware.chain(app, metrics.prometheus(), metrics));

  /** The requests as if they came from {@code address}. */
  private static Middleware from(String address) {
    return next -> (environ, startResponse) ->
        next.call(environ.toBuilder().remoteAddress(address).build(), startResponse);
  }

  @Test
  void aScrapeIsPrometheusTextWithTheRequestsCountedSoFar() {
    client.get("/items");
    client.get("/items");

    TestResponse scrape = client.get("/metrics");
    assertEquals(200, scrape.status());
    assertEquals("text/plain; version=0.0.4; charset=utf-8", scrape.header("Content-Type"));
    assertEquals("no-store", scrape.header("Cache-Control"));
    assertTrue(scrape.text().contains("http_server_requests_seconds_count{endpoint=\"items\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\"} 2"), scrape.text());
    assertTrue(scrape.text().contains("# TYPE http_server_requests_seconds histogram"), scrape.text());
  }

  @Test
  void theScrapeIsNotCountedAsARequestOfTheApplication() {
    client.get("/metrics");
    assertTrue(!client.get("/metrics").text().contains("<unmatched>"));
  }

  @Test
  void openMetricsIsServedToAScraperThatAsksForIt() {
    client.get("/items");
    TestResponse scrape = client.request("GET", "/metrics")
        .header("Accept", "application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5")
        .send();
    assertEquals("application/openmetrics-text; version=1.0.0; charset=utf-8",
        scrape.header("Content-Type"));
    assertTrue(scrape.text().endsWith("# EOF\n"), scrape.text());
    assertTrue(scrape.text().contains("http_server_requests_seconds_count{endpoint=\"items\""),
        scrape.text());
  }

  @Test
  void headGetsTheHeadersAndOtherMethodsA405() {
    client.get("/items");
    TestResponse head = client.head("/metrics");
    assertEquals(200, head.status());
    assertEquals(0, head.bytes().length);
    assertTrue(Integer.parseInt(head.header("Content-Length")) > 0);

    TestResponse post = client.post("/metrics", "x");
    assertEquals(405, post.status());
    assertEquals("GET, HEAD", post.header("Allow"));
  }

  @Test
  void otherPathsGoOnToTheApplication() {
    assertEquals("items", client.get("/items").text());
    assertEquals(404, client.get("/metrics/").status());
  }

  @Test
  void itCanBeMoved() {
    Gateway served = Middleware.chain(app, metrics.prometheus().at("/internal/metrics"), metrics);
    TestClient moved = new TestClient(served);
    assertEquals(200, moved.get("/internal/metrics").status());
    assertEquals(404, moved.get("/metrics").status());
    assertThrows(IllegalArgumentException.class, () -> metrics.prometheus().at("metrics"));
    assertThrows(IllegalArgumentException.class, () -> metrics.prometheus().at("//evil/metrics"));
  }

  @Test
  void anAllowListAnswersItsAddressesAndRefusesOthersWith403() {
    PrometheusEndpoint endpoint = metrics.prometheus().allowFrom("10.0.0.7", "::1");

    assertEquals(200, new TestClient(Middleware.chain(app, from("10.0.0.7"), endpoint))
        .get("/metrics").status());
    // The same address however IPv6 writes it.
    assertEquals(200, new TestClient(Middleware.chain(app, from("0:0:0:0:0:0:0:1"), endpoint))
        .get("/metrics").status());
    TestResponse refused = new TestClient(Middleware.chain(app, from("10.0.0.8"), endpoint))
        .get("/metrics");
    assertEquals(403, refused.status());
    assertTrue(refused.text().contains("403 Forbidden"), refused.text());
    // Not an address (a forwarded "unknown", a host name): refused, and never looked up.
    assertEquals(403, new TestClient(Middleware.chain(app, from("unknown"), endpoint))
        .get("/metrics").status());
    assertEquals(403, new TestClient(Middleware.chain(app, from("1.2.3.999"), endpoint))
        .get("/metrics").status());
    // The rest of the application is not restricted.
    assertEquals(200, new TestClient(Middleware.chain(app, from("10.0.0.8"), endpoint))
        .get("/items").status());
  }

  @Test
  void anAllowListTakesAddressesOnly() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> metrics.prometheus().allowFrom("localhost"));
    assertTrue(error.getMessage().contains("\"localhost\""), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> metrics.prometheus().allowFrom("10.0.0.0/8"));
  }
}
