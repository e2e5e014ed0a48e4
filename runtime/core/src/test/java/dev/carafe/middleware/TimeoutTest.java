package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.LogCapture;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeoutTest {
  /** The limit of the tests whose handler must pass it: short, so that they end soon. */
  private static final Duration LIMIT = Duration.ofMillis(200);
  /**
   * The limit of the tests whose handler must stay within it: long, so that a loaded machine
   * never makes them pass it.
   */
  private static final Duration AMPLE = Duration.ofSeconds(30);

  private final LogCapture log = LogCapture.of(Timeout.class);

  @AfterEach
  void stopCapturing() {
    log.close();
  }

  private static TestClient client(Gateway app) {
    return new TestClient(Middleware.chain(app, new Timeout(LIMIT)));
  }

  private static TestClient ample(Gateway app) {
    return new TestClient(Middleware.chain(app, new Timeout(AMPLE)));
  }

  private static Body ok(dev.carafe.gateway.StartResponse start, String text) {
    start.start(200, HeaderList.of("Content-Type", "text/plain"));
    return Body.of(text);
  }

  /** Times the request, which must be answered long before {@code within}. */
  private static TestResponse timed(TestClient client, String path, Duration within) {
    long start = System.nanoTime();
    TestResponse response = client.get(path);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(within) < 0, "answered after " + took);
    return response;
  }

  private String onlyWarning() {
    assertEquals(1, log.records().size(), () -> "log: " + log.records());
    LogRecord record = log.records().get(0);
    assertEquals(java.util.logging.Level.WARNING, record.getLevel());
    return record.getMessage();
  }

  @Test
  void aHandlerWithinTheLimitIsAnsweredAsItWas() {
    Gateway app = (environ, start) -> {
      start.start(201, HeaderList.of("Location", "/items/1"));
      return Body.stream(out -> out.write("made".getBytes(StandardCharsets.UTF_8)));
    };
    TestResponse response = ample(app).get("/items");

    assertEquals(201, response.status());
    assertEquals("/items/1", response.header("Location"));
    assertEquals("made", response.text());
    assertTrue(log.records().isEmpty());
  }

  @Test
  void aSleepingHandlerGets503AndAnInterrupt() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    Gateway app = (environ, start) -> {
      try {
        Thread.sleep(30_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      return ok(start, "late");
    };

    TestResponse response = timed(client(app), "/slow?page=2", Duration.ofSeconds(5));

    assertEquals(503, response.status());
    assertEquals("close", response.header("Connection"));
    assertTrue(response.text().contains("Service Unavailable"), response.text());
    assertTrue(interrupted.await(5, TimeUnit.SECONDS), "the handler was not interrupted");
    String warning = onlyWarning();
    assertTrue(warning.startsWith("Timed out after 0.2s on /slow [GET]: answered 503 and"
        + " interrupted the handler's thread "), warning);
  }

  @Test
  void aBusyHandlerThatChecksForInterruptionStops() throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Gateway app = (environ, start) -> {
      long sum = 0;
      while (!Thread.currentThread().isInterrupted()) {
        sum += System.nanoTime() % 7;
      }
      stopped.countDown();
      return ok(start, "sum " + sum);
    };

    TestResponse response = timed(client(app), "/busy", Duration.ofSeconds(5));

    assertEquals(503, response.status());
    assertTrue(stopped.await(5, TimeUnit.SECONDS), "the busy handler did not stop");
    assertTrue(onlyWarning().contains("/busy [GET]"));
  }

  @Test
  void aHandlerThatIgnoresTheInterruptRunsOnButTheClientHasIts503OnTime() throws Exception {
    CompletableFuture<String> ended = new CompletableFuture<>();
    CountDownLatch release = new CountDownLatch(1);
    Gateway app = (environ, start) -> {
      if (environ.pathInfo().equals("/fast")) {
        return ok(start, "fast");
      }
      boolean seen = false;
      while (true) {
        try {
          if (release.await(10, TimeUnit.SECONDS)) {
            break;
          }
        } catch (InterruptedException e) {
          seen = true;  // ignored: the handler goes on waiting
        }
      }
      Body body = ok(start, "too late");
      ended.complete("ended, interrupt seen " + seen);
      return body;
    };
    TestClient client = client(app);

    TestResponse response = timed(client, "/stubborn", Duration.ofSeconds(5));

    assertEquals(503, response.status());
    assertFalse(ended.isDone(), "the handler is still running");
    assertEquals("fast", client.get("/fast").text(), "the next request is served meanwhile");
    release.countDown();
    assertEquals("ended, interrupt seen true",
        ended.get(5, TimeUnit.SECONDS));
  }

  @Test
  void aLateStreamIsGivenAnOutputThatRefusesWritesSoItsTeardownRuns() throws Exception {
    CompletableFuture<String> writer = new CompletableFuture<>();
    Gateway app = (environ, start) -> {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(600);
      while (System.nanoTime() < end) {
        Thread.onSpinWait();  // deaf to interruption
      }
      start.start(200, HeaderList.empty());
      return Body.stream(out -> {
        try {
          out.write('x');
          writer.complete("written");
        } catch (IOException e) {
          writer.complete(e.getMessage());
          throw e;
        }
      });
    };

    assertEquals(503, client(app).get("/export").status());
    assertEquals("The response was dropped: the request had already timed out",
        writer.get(5, TimeUnit.SECONDS));
  }

  @Test
  void aHandlersExceptionWithinTheLimitReachesTheServer() {
    Gateway app = (environ, start) -> {
      throw new IllegalArgumentException("bad");
    };
    assertEquals("bad",
        assertThrows(IllegalArgumentException.class, () -> ample(app).get("/")).getMessage());
  }

  @Test
  void theHandlerRunsOnAThreadOfTheCallersKind() {
    AtomicReference<String> thread = new AtomicReference<>();
    Gateway app = (environ, start) -> {
      thread.set(Thread.currentThread().getName());
      return ok(start, "");
    };
    ample(app).get("/");  // from this test's platform thread
    assertTrue(thread.get().startsWith("carafe-timeout-"), thread.get());
  }

  @Test
  void aHandlerItsExecutorStartsTooLateNeverRuns() {
    List<Runnable> queued = new ArrayList<>();
    AtomicReference<String> ran = new AtomicReference<>("no");
    Gateway app = (environ, start) -> {
      ran.set("yes");
      return ok(start, "");
    };
    TestClient client = new TestClient(new Timeout(LIMIT, queued::add).wrap(app));

    assertEquals(503, client.get("/queued").status());
    queued.forEach(Runnable::run);

    assertEquals("no", ran.get());
    assertEquals("Timed out after 0.2s on /queued [GET]: answered 503 and dropped the handler,"
        + " which the executor had not started yet", onlyWarning());
  }

  @Test
  void theLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new Timeout(Duration.ZERO));
  }
}
