package dev.carafe.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JFR events through a real recording, dumped to a file and read back as {@code jfr} reads it. */
class ProfilingTest {
  @TempDir
  Path dir;

  private final App app = TestApps.app(Lifecycle.none(),
      TestApps.get("items", "/items", request -> Response.text("items")),
      TestApps.get("item", "/items/<id>", request -> Response.text("item " + request.pathParams().string(0))),
      TestApps.get("export", "/export", request -> Response.stream("text/csv", out -> {
        out.write("a,b\n".getBytes(StandardCharsets.UTF_8));
        out.write("1,2\n".getBytes(StandardCharsets.UTF_8));
      })));

  /** Runs {@code requests} during a recording of the event and returns the events it holds. */
  private List<RecordedEvent> recorded(Runnable requests) throws IOException {
    Path file = dir.resolve("requests.jfr");
    try (Recording recording = new Recording()) {
      recording.enable(RequestEvent.NAME);
      recording.start();
      requests.run();
      recording.stop();
      recording.dump(file);
    }
    return RecordingFile.readAllEvents(file).stream()
        .filter(event -> event.getEventType().getName().equals(RequestEvent.NAME))
        .toList();
  }

  @Test
  void aSampledRequestIsAnEventWithItsMethodPathEndpointStatusAndSize() throws IOException {
    TestClient client = new TestClient(Profiling.of(app).sampling(Profiling.Sampler.all()).wrap(app));
    List<RecordedEvent> events = recorded(() -> {
      client.get("/items/7?page=2");
      client.post("/items", "x");
    });

    assertEquals(2, events.size());
    RecordedEvent item = events.get(0);
    assertEquals("GET", item.getString("method"));
    assertEquals("/items/7", item.getString("path"));
    assertEquals("item", item.getString("endpoint"));
    assertEquals(200, item.getInt("status"));
    assertEquals(6, item.getLong("bytes"));
    assertFalse(item.getDuration().isNegative());
    assertEquals("Carafe", item.getEventType().getCategoryNames().get(0));
    assertEquals("HTTP Request", item.getEventType().getLabel());
    assertNull(item.getStackTrace());

    RecordedEvent refused = events.get(1);
    assertEquals("POST", refused.getString("method"));
    assertNull(refused.getString("endpoint"), "no rule takes POST /items");
    assertEquals(405, refused.getInt("status"));
  }

  @Test
  void everyNthRecordsTheFirstRequestAndEveryNthAfterIt() throws IOException {
    TestClient client = new TestClient(Profiling.of(app)
        .sampling(Profiling.Sampler.everyNth(3)).wrap(app));
    List<RecordedEvent> events = recorded(() -> {
      for (int i = 0; i < 7; i++) {
        client.get("/items/" + i);
      }
    });

    assertEquals(List.of("/items/0", "/items/3", "/items/6"),
        events.stream().map(event -> event.getString("path")).toList());
  }

  @Test
  void theDefaultSampleIsEveryTenthRequest() throws IOException {
    TestClient client = new TestClient(Profiling.of(app).wrap(app));
    List<RecordedEvent> events = recorded(() -> {
      for (int i = 0; i < 25; i++) {
        client.get("/items/" + i);
      }
    });

    assertEquals(List.of("/items/0", "/items/10", "/items/20"),
        events.stream().map(event -> event.getString("path")).toList());
  }

  @Test
  void aSamplerCanPickByTheRequestAndBeCombined() throws IOException {
    Profiling.Sampler exports = environ -> environ.pathInfo().equals("/export");
    TestClient client = new TestClient(Profiling.of(app)
        .sampling(exports.and(Profiling.Sampler.fraction(1))).wrap(app));
    List<RecordedEvent> events = recorded(() -> {
      client.get("/items");
      assertEquals("a,b\n1,2\n", client.get("/export").text());
      client.get("/items/1");
    });

    assertEquals(1, events.size());
    // A stream's event is committed once its body is written: its size is known by then.
    assertEquals("export", events.get(0).getString("endpoint"));
    assertEquals(8, events.get(0).getLong("bytes"));
    assertTrue(recorded(() -> new TestClient(Profiling.of(app)
        .sampling(Profiling.Sampler.fraction(0)).wrap(app)).get("/items")).isEmpty());
  }

  @Test
  void aGatewayThatThrowsIsRecordedAs500AndTheExceptionGoesOn() throws IOException {
    Middleware failing = next -> (environ, startResponse) -> {
      throw new IllegalStateException("boom");
    };
    TestClient client = new TestClient(Middleware.chain(app,
        Profiling.of(app).sampling(Profiling.Sampler.all()), failing));
    List<RecordedEvent> events = recorded(
        () -> assertThrows(IllegalStateException.class, () -> client.get("/items")));

    assertEquals(1, events.size());
    assertEquals(500, events.get(0).getInt("status"));
    assertEquals(-1, events.get(0).getLong("bytes"));
  }

  @Test
  void withoutARecordingTheSamplerIsNeverAsked() {
    AtomicInteger asked = new AtomicInteger();
    TestClient client = new TestClient(Profiling.of(app).sampling(environ -> {
      asked.incrementAndGet();
      return true;
    }).wrap(app));
    assertEquals("items", client.get("/items").text());
    assertEquals(0, asked.get());
  }

  @Test
  void badSamplesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Profiling.Sampler.everyNth(0));
    assertThrows(IllegalArgumentException.class, () -> Profiling.Sampler.fraction(1.5));
    assertThrows(IllegalArgumentException.class, () -> Profiling.Sampler.fraction(Double.NaN));
  }
}
