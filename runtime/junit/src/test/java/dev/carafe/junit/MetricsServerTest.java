package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.metrics.Metrics;
import dev.carafe.metrics.Profiling;
import dev.carafe.test.TestClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Metrics}, its Prometheus scrape and {@link Profiling} over real HTTP through Undertow,
 * declared as an application class declares its middleware.
 */
class MetricsServerTest {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  /** An application class's {@code middleware()}: the scrape, the JFR events, the timing. */
  static Middleware middleware() {
    return next -> {
      Metrics metrics = Metrics.of((App) next);
      return Middleware.chain(next, metrics.prometheus(),
          Profiling.of((App) next).sampling(Profiling.Sampler.all()), metrics);
    };
  }

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(MetricsServerTest::app, middleware());

  private static App app() {
    return TestApps.app(Lifecycle.none(),
        TestApps.get("items", "/items", r -> Response.text("items")),
        TestApps.get("item", "/items/<id>", r -> Response.text("item")),
        TestApps.get("export", "/export", r -> Response.stream("text/csv", out -> {
          for (int i = 0; i < 100; i++) {
            out.write((i + ",row\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
          }
        })));
  }

  private static HttpResponse<String> get(URI base, String path, String accept)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(20));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The value of one sample line of the scrape, or -1 when there is none. */
  private static double sample(String scrape, String series) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1));
      }
    }
    return -1;
  }

  @Test
  void aScrapeOverHttpCountsTheRequestsByEndpoint(URI server) throws Exception {
    double before = Math.max(0, sample(get(server, "/metrics", null).body(),
        "http_server_requests_seconds_count{endpoint=\"item\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\"}"));
    for (int i = 0; i < 3; i++) {
      assertEquals(200, get(server, "/items/" + i, null).statusCode());
    }
    assertEquals(404, get(server, "/no/such/" + System.nanoTime(), null).statusCode());
    assertEquals(100, get(server, "/export", null).body().lines().count());

    HttpResponse<String> scrape = get(server, "/metrics", null);
    assertEquals(200, scrape.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8",
        scrape.headers().firstValue("Content-Type").orElseThrow());
    String text = scrape.body();
    assertEquals(before + 3, sample(text, "http_server_requests_seconds_count{endpoint=\"item\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\"}"), text);
    assertTrue(sample(text, "http_server_requests_seconds_count{endpoint=\"<unmatched>\","
        + "method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\"}") >= 1, text);
    assertTrue(sample(text, "http_server_requests_seconds_count{endpoint=\"export\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\"}") >= 1, text);
    assertTrue(!text.contains("/no/such"), "a path never becomes a label");
    // The JVM's metrics, bound by default.
    assertTrue(text.contains("jvm_memory_used_bytes{"), text);
    assertTrue(text.contains("jvm_threads_live_threads "), text);
  }

  @Test
  void aScraperThatAsksForOpenMetricsGetsIt(URI server) throws Exception {
    get(server, "/items", null);
    HttpResponse<String> scrape = get(server, "/metrics", "application/openmetrics-text;"
        + "version=1.0.0;q=0.9,text/plain;version=0.0.4;q=0.5,*/*;q=0.1");
    assertEquals("application/openmetrics-text; version=1.0.0; charset=utf-8",
        scrape.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(scrape.body().endsWith("# EOF\n"));
    assertTrue(scrape.body().contains("http_server_requests_seconds_count{endpoint=\"items\""));
  }

  @Test
  void theInProcessClientGoesThroughTheSameLayers(TestClient client) {
    client.get("/items");
    assertTrue(client.get("/metrics").text()
        .contains("http_server_requests_seconds_count{endpoint=\"items\""));
  }

  @Test
  void requestsOverHttpAreJfrEventsWhileARecordingRuns(URI server, @TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("server.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("dev.carafe.Request");
      recording.start();
      get(server, "/items/42?x=1", null);
      get(server, "/export", null);
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
        .filter(event -> event.getEventType().getName().equals("dev.carafe.Request"))
        // Each server thread has its own buffer: the file need not be in order.
        .sorted(Comparator.comparing(RecordedEvent::getStartTime))
        .toList();

    assertEquals(2, events.size(), events.toString());
    assertEquals("/items/42", events.get(0).getString("path"));
    assertEquals("item", events.get(0).getString("endpoint"));
    assertEquals(200, events.get(0).getInt("status"));
    assertEquals(4, events.get(0).getLong("bytes"));
    assertEquals("export", events.get(1).getString("endpoint"));
    assertEquals(690, events.get(1).getLong("bytes"), "every byte streamed, counted when done");
  }
}
