package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.middleware.Compress;
import dev.carafe.middleware.Timeout;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link Compress} and {@link Timeout} over real HTTP through Undertow, on the request threads the
 * environment chooses (a virtual thread each under {@code CARAFE_VIRTUAL_THREADS=true}).
 */
class MiddlewareServerTest {
  private static final byte[] TEXT = "Carafe compresses what it sends over the wire. "
      .repeat(400).getBytes(StandardCharsets.UTF_8);
  private static final byte[] FIRST = "data: first event\n\n".getBytes(StandardCharsets.UTF_8);
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();
  private static final CountDownLatch FIRST_EVENT_READ = new CountDownLatch(1);
  private static final CountDownLatch SLOW_INTERRUPTED = new CountDownLatch(1);

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(MiddlewareServerTest::app);

  private static App app() {
    App app = TestApps.app(Lifecycle.none(),
        TestApps.get("text", "/text", r -> Response.bytes(TEXT).withContentType("text/plain")),
        TestApps.get("events", "/events", r -> Response.stream("text/event-stream", out -> {
          out.write(FIRST);
          out.flush();
          // The client must decode the first event before the second is written.
          try {
            if (!FIRST_EVENT_READ.await(10, TimeUnit.SECONDS)) {
              throw new IOException("the client never read the first event");
            }
          } catch (InterruptedException e) {
            throw new java.io.InterruptedIOException("interrupted waiting for the client");
          }
          out.write(TEXT);
        })),
        TestApps.get("slow", "/slow", r -> {
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            SLOW_INTERRUPTED.countDown();
            throw e;
          }
          return Response.text("late");
        }),
        TestApps.get("fast", "/fast", r -> Response.text("fast")));
    return ServedThrough.of(app, new Timeout(Duration.ofMillis(500)), new Compress());
  }

  private static HttpResponse<InputStream> get(URI base, String path, String acceptEncoding)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(20));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
  }

  @Test
  void aBodyIsGzippedOnTheWire(URI base) throws Exception {
    HttpResponse<InputStream> response = get(base, "/text", "gzip, deflate");

    assertEquals(200, response.statusCode());
    assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null));
    assertEquals("Accept-Encoding", response.headers().firstValue("Vary").orElse(null));
    byte[] wire = response.body().readAllBytes();
    assertEquals(Integer.toString(wire.length),
        response.headers().firstValue("Content-Length").orElse(null));
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(wire))) {
      assertArrayEquals(TEXT, in.readAllBytes());
    }
  }

  @Test
  void deflateWhenTheClientPrefersIt(URI base) throws Exception {
    HttpResponse<InputStream> response = get(base, "/text", "gzip;q=0.8, deflate");
    assertEquals("deflate", response.headers().firstValue("Content-Encoding").orElse(null));
    try (InputStream in = new InflaterInputStream(response.body())) {
      assertArrayEquals(TEXT, in.readAllBytes());
    }
  }

  @Test
  void aClientThatAcceptsNoCodingGetsTheBytesAsTheyAre(URI base) throws Exception {
    HttpResponse<InputStream> response = get(base, "/text", null);
    assertTrue(response.headers().firstValue("Content-Encoding").isEmpty());
    assertArrayEquals(TEXT, response.body().readAllBytes());
  }

  @Test
  void aStreamIsCompressedAsItIsWrittenAndEachFlushReachesTheClient(URI base) throws Exception {
    HttpResponse<InputStream> response = get(base, "/events", "gzip");

    assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(response.headers().firstValue("Content-Length").isEmpty());
    try (InputStream in = new GZIPInputStream(response.body())) {
      // The handler is still waiting: only the flush can have sent this.
      assertArrayEquals(FIRST, in.readNBytes(FIRST.length));
      FIRST_EVENT_READ.countDown();
      assertArrayEquals(TEXT, in.readAllBytes());
    }
  }

  @Test
  void theTestClientSeesTheSameCompression(TestClient client) throws IOException {
    TestResponse response = client.request("GET", "/text").header("Accept-Encoding", "gzip")
        .send();
    assertEquals("gzip", response.header("Content-Encoding"));
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.bytes()))) {
      assertArrayEquals(TEXT, in.readAllBytes());
    }
  }

  @Test
  void aSlowHandlerIs503AndTheServerGoesOnServing(URI base) throws Exception {
    long start = System.nanoTime();
    HttpResponse<InputStream> slow = get(base, "/slow", null);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(503, slow.statusCode());
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "answered after " + took);
    assertTrue(new String(slow.body().readAllBytes(), StandardCharsets.UTF_8)
        .contains("Service Unavailable"));
    assertTrue(SLOW_INTERRUPTED.await(10, TimeUnit.SECONDS), "the handler was not interrupted");
    HttpResponse<InputStream> fast = get(base, "/fast", null);
    assertEquals(200, fast.statusCode());
    assertEquals("fast", new String(fast.body().readAllBytes(), StandardCharsets.UTF_8));
  }
}
