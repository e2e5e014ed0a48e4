package dev.carafe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final double[] seenWhileStreaming = new double[2];
  private final App app = TestApps.app(Lifecycle.none(),
      TestApps.get("items", "/items", request -> Response.text("items")),
      TestApps.get("item", "/items/<id>", request -> Response.text("item")),
      TestApps.get("export", "/export", request -> Response.stream("text/csv", out -> {
        seenWhileStreaming[0] = registry.find(Metrics.REQUESTS).tag("endpoint", "export").timers().size();
        seenWhileStreaming[1] = active("export").activeTasks();
        out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
      })));
  private final Metrics metrics = Metrics.builder(app).registry(registry).jvmMetrics(false).build();
  private final TestClient client = new TestClient(metrics.wrap(app));

  private Timer requests(String endpoint, String status) {
    return registry.get(Metrics.REQUESTS).tags("endpoint", endpoint, "status", status).timer();
  }

  private io.micrometer.core.instrument.LongTaskTimer active(String endpoint) {
    return registry.get(Metrics.ACTIVE).tag("endpoint", endpoint).longTaskTimer();
  }

  @Test
  void eachRequestIsTimedUnderItsEndpointMethodStatusAndOutcome() {
    client.get("/items");
    client.get("/items/1");
    client.get("/items/2");

    Timer items = registry.get(Metrics.REQUESTS).tags("method", "GET", "endpoint", "items",
        "status", "200", "outcome", "SUCCESS").timer();
    assertEquals(1, items.count());
    assertTrue(items.totalTime(TimeUnit.NANOSECONDS) > 0);
    // Two paths, one endpoint: one series.
    assertEquals(2, requests("item", "200").count());
    assertEquals(0, active("items").activeTasks(), "nothing in flight once answered");
  }

  @Test
  void requestsNoRuleMatchesShareOneSeriesWhateverTheirPath() {
    client.get("/nowhere");
    client.get("/nowhere/else");
    client.get("/x" + "y".repeat(100));
    client.delete("/items");

    Timer notFound = registry.get(Metrics.REQUESTS).tags("endpoint", Metrics.UNMATCHED,
        "status", "404", "outcome", "CLIENT_ERROR").timer();
    assertEquals(3, notFound.count());
    assertEquals(1, requests(Metrics.UNMATCHED, "405").count());
    assertEquals(2, registry.find(Metrics.REQUESTS).timers().size());
  }

  @Test
  void aMethodHttpDoesNotDefineIsCountedAsOther() {
    client.request("BREW", "/items").send();
    client.request("FROB", "/items").send();

    assertEquals(2, registry.get(Metrics.REQUESTS).tags("method", Metrics.OTHER_METHOD,
        "endpoint", Metrics.UNMATCHED, "status", "405").timer().count());
  }

  @Test
  void aStreamIsTimedWhenItsBodyIsDoneAndInFlightTillThen() {
    assertEquals("a,b\n", client.get("/export").text());

    assertEquals(0, seenWhileStreaming[0], "timed before the body was written");
    assertEquals(1, seenWhileStreaming[1], "not in flight while its body was written");
    assertEquals(1, requests("export", "200").count());
    assertEquals(0, active("export").activeTasks());
  }

  @Test
  void aGatewayThatThrowsCountsAs500AndTheExceptionGoesOn() {
    Middleware failing = next -> (environ, startResponse) -> {
      throw new IllegalStateException("boom");
    };
    Gateway served = Middleware.chain(app, metrics, failing);

    assertThrows(IllegalStateException.class, () -> new TestClient(served).get("/items"));
    Timer failed = registry.get(Metrics.REQUESTS).tags("endpoint", "items", "status", "500",
        "outcome", "SERVER_ERROR").timer();
    assertEquals(1, failed.count());
    assertEquals(0, active("items").activeTasks());
  }

  @Test
  void theHistogramHasThePrometheusClientsBucketsUnlessGivenOthers() {
    PrometheusMeterRegistry prometheus = (PrometheusMeterRegistry) Metrics.builder(app)
        .jvmMetrics(false).build().registry();
    new TestClient(Metrics.builder(app).registry(prometheus).jvmMetrics(false).build().wrap(app))
        .get("/items");
    String scrape = prometheus.scrape();
    assertTrue(scrape.contains("http_server_requests_seconds_bucket{endpoint=\"items\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",le=\"0.005\"}"), scrape);
    assertTrue(scrape.contains("le=\"10.0\""), scrape);
    assertTrue(scrape.contains("http_server_requests_seconds_count{endpoint=\"items\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\"} 1"), scrape);
    // A long-task timer is a summary whose count is the requests in flight.
    assertTrue(scrape.contains("http_server_requests_active_seconds_count{endpoint=\"items\","
        + "method=\"GET\"} 0"), scrape);

    PrometheusMeterRegistry coarse = (PrometheusMeterRegistry) Metrics.builder(app)
        .jvmMetrics(false).build().registry();
    new TestClient(Metrics.builder(app).registry(coarse).jvmMetrics(false)
        .buckets(Duration.ofMillis(100), Duration.ofSeconds(1)).build().wrap(app)).get("/items");
    String buckets = coarse.scrape();
    assertTrue(buckets.contains("le=\"0.1\"") && buckets.contains("le=\"1.0\""), buckets);
    assertFalse(buckets.contains("le=\"0.005\""), buckets);
    assertThrows(IllegalArgumentException.class, () -> Metrics.builder(app).buckets(Duration.ZERO));
  }

  @Test
  void theJvmsMetricsAreBoundUnlessTurnedOff() {
    MeterRegistry withJvm = Metrics.of(app).registry();
    assertTrue(withJvm.find("jvm.memory.used").gauge() != null);
    assertTrue(withJvm.find("jvm.threads.live").gauge() != null);
    assertTrue(withJvm.find("jvm.gc.pause").meters() != null);
    assertTrue(withJvm.find("process.uptime").timeGauge() != null);

    assertNull(registry.find("jvm.memory.used").gauge());
  }

  @Test
  void onlyAPrometheusRegistryHasAScrapeEndpoint() {
    IllegalStateException error = assertThrows(IllegalStateException.class, metrics::prometheus);
    assertTrue(error.getMessage().contains("SimpleMeterRegistry"), error.getMessage());
  }
}
