package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.junit.CarafeExtension;
import dev.carafe.test.TestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flaskr served with {@code CARAFE_METRICS=true}, as the generated main serves it through
 * {@link Flaskr#middleware()}: Prometheus scrapes {@code /metrics} over HTTP and finds the
 * requests by endpoint, and a flight recording holds a sample of them.
 */
class FlaskrMetricsTest {
  private static String database;

  @RegisterExtension
  static final CarafeExtension carafe =
      CarafeExtension.of(FlaskrMetricsTest::createApp, new Flaskr().middleware());

  private static App createApp() {
    database = TestDatabase.SQLITE.create();
    App app = Conftest.createApp(Map.of("TESTING", "true", Db.DATABASE, database,
        Flaskr.METRICS, "true"));
    try {
      Conftest.initDb(app, TestDatabase.SQLITE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return app;
  }

  @AfterAll
  static void removeDatabase() {
    carafe.app().close();
    TestDatabase.SQLITE.remove(database);
  }

  private static HttpResponse<String> get(URI server, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve(path))
        .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void prometheusSeesTheBlogsRequestsByEndpoint(URI server) throws Exception {
    for (int i = 0; i < 3; i++) {
      assertEquals(200, get(server, "/").statusCode());
    }
    assertEquals(200, get(server, "/auth/login").statusCode());
    assertEquals(404, get(server, "/wp-admin/install.php").statusCode());

    HttpResponse<String> scrape = get(server, "/metrics");
    assertEquals(200, scrape.statusCode());
    assertEquals("text/plain; version=0.0.4; charset=utf-8",
        scrape.headers().firstValue("Content-Type").orElseThrow());
    String text = scrape.body();
    assertTrue(text.contains("http_server_requests_seconds_count{endpoint=\"blog.index\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\"} 3"), text);
    assertTrue(text.contains("http_server_requests_seconds_count{endpoint=\"auth.login\","
        + "method=\"GET\",outcome=\"SUCCESS\",status=\"200\"} 1"), text);
    assertTrue(text.contains("endpoint=\"<unmatched>\",method=\"GET\",outcome=\"CLIENT_ERROR\","
        + "status=\"404\"} 1"), text);
    assertTrue(!text.contains("wp-admin"), "a path never becomes a label");
    assertTrue(text.contains("jvm_memory_used_bytes{"), "the JVM's metrics too");
  }

  @Test
  void aFlightRecordingHoldsEveryTenthRequest(URI server, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("flaskr.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("dev.carafe.Request");
      recording.start();
      for (int i = 0; i < 10; i++) {
        assertEquals(200, get(server, "/").statusCode());
      }
      recording.stop();
      recording.dump(file);
    }
    List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
        .filter(event -> event.getEventType().getName().equals("dev.carafe.Request"))
        .toList();

    assertEquals(1, events.size(), events.toString());
    assertEquals("blog.index", events.get(0).getString("endpoint"));
    assertEquals("/", events.get(0).getString("path"));
    assertEquals(200, events.get(0).getInt("status"));
  }

  @Test
  void withoutTheFlagThereIsNoMetricsPath() {
    App plain = Conftest.createApp(Map.of("TESTING", "true", Db.DATABASE, database));
    TestClient client = new TestClient(new Flaskr().middleware().wrap(plain));
    assertEquals(404, client.get("/metrics").status());
  }
}
