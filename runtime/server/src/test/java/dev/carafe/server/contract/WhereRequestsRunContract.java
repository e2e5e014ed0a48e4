package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.LogCapture;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import dev.carafe.server.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Where a server runs each request: on the thread that read it when the gateway says the request
 * never blocks ({@link Gateway#mayBlock} is {@code false}: here, paths under {@code /io}), on a
 * worker or a virtual thread otherwise; and a request with a body, a streamed body and a file are
 * still read and written off the I/O thread, whatever the gateway says. Every answer names the
 * kind of thread that made it: {@code io}, {@code worker} or {@code virtual}.
 */
@Timeout(60) // a hang guard, not a performance bound
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WhereRequestsRunContract {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Path FILE = file("a file");

  private Server server;
  /** Holds {@code /held} until the test lets it go. */
  private volatile CountDownLatch held = new CountDownLatch(0);

  abstract ServerAdapter adapter();

  /** The gateway of these tests: its requests under {@code /io} never block, the others may. */
  private final class Gateway implements dev.carafe.gateway.Gateway {
    @Override
    public boolean mayBlock(Environ environ) {
      if (environ.pathInfo().equals("/io/broken-question")) {
        throw new IllegalStateException("no answer");
      }
      return !environ.pathInfo().startsWith("/io");
    }

    @Override
    public Body call(Environ environ, StartResponse start) {
      String path = environ.pathInfo();
      String thread = threadKind();
      switch (path.startsWith("/io") ? path.substring(3) : path) {
        case "/stream":
          start.start(200, HeaderList.of("Content-Type", "text/plain"));
          return Body.stream(out -> out.write(("streamed from " + threadKind())
              .getBytes(StandardCharsets.UTF_8)));
        case "/echo":
          byte[] body;
          try {
            body = environ.input().readAllBytes();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          start.start(200, HeaderList.of("Content-Type", "text/plain"));
          return Body.of(thread + ": " + new String(body, StandardCharsets.UTF_8));
        case "/file":
          start.start(200, HeaderList.of("Content-Type", "text/plain"));
          return new Body.FileRegion(FILE, 0, 6);
        case "/fail":
          throw new IllegalStateException("broken");
        case "/held":
          try {
            held.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          start.start(200, HeaderList.of("Content-Type", "text/plain"));
          return Body.of(thread);
        default:
          start.start(200, HeaderList.of("Content-Type", "text/plain"));
          return Body.of(thread);
      }
    }
  }

  /** {@code io}, {@code worker}, {@code virtual}, or the thread itself when it is none of them. */
  private String threadKind() {
    Thread thread = Thread.currentThread();
    // Thread.isVirtual() is JDK 21 API; its toString names virtual threads "VirtualThread[...]".
    return thread.toString().startsWith("VirtualThread") ? "virtual"
        : adapter().onIoThread() ? "io"
        : adapter().isWorkerThread(thread.getName()) ? "worker"
        : thread.toString();
  }

  private static Path file(String content) {
    try {
      Path file = Files.createTempFile("carafe-where-requests-run", ".txt");
      file.toFile().deleteOnExit();
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  void start() {
    // One I/O thread: a request that held it would keep every other connection waiting.
    server = adapter().builder(new Gateway()).port(0).ioThreads(1).virtualThreads(false).start();
  }

  @AfterAll
  void stop() {
    held.countDown();
    server.stop();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  private static List<String> messages(LogCapture log) {
    return log.records().stream().map(LogRecord::getMessage).toList();
  }

  @Test
  void aRequestThatNeverBlocksRunsOnTheIoThread() throws Exception {
    HttpResponse<String> response = send(at("/io/page"));
    assertEquals(200, response.statusCode());
    assertEquals("io", response.body());
  }

  @Test
  void aRequestThatMayBlockRunsOnAWorker() throws Exception {
    HttpResponse<String> response = send(at("/page"));
    assertEquals(200, response.statusCode());
    assertEquals("worker", response.body());
  }

  @Test
  void aBlockingRequestNeverHoldsTheIoThread() throws Exception {
    held = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> waiting = CLIENT.sendAsync(
        at("/held").timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    // While /held waits on a worker, the one I/O thread still reads and answers others.
    HttpResponse<String> other = send(at("/io/page"));
    assertEquals("io", other.body());
    assertTrue(!waiting.isDone(), "the held request waits for the test to let it go");
    held.countDown();
    HttpResponse<String> released = waiting.get(30, TimeUnit.SECONDS);
    assertEquals(200, released.statusCode());
    assertEquals("worker", released.body());
  }

  @Test
  void aRequestWithABodyIsReadOnAWorkerEvenWhenItNeverBlocks() throws Exception {
    HttpResponse<String> response = send(at("/io/echo").POST(HttpRequest.BodyPublishers.ofString("tea")));
    assertEquals(200, response.statusCode());
    assertEquals("worker: tea", response.body());
  }

  @Test
  void aStreamedBodyIsWrittenOnAWorker() throws Exception {
    HttpResponse<String> response = send(at("/io/stream"));
    assertEquals(200, response.statusCode());
    assertEquals("streamed from worker", response.body());
  }

  @Test
  void aFileIsSentFromTheIoThreadsAnswer() throws Exception {
    HttpResponse<String> response = send(at("/io/file"));
    assertEquals(200, response.statusCode());
    assertEquals("a file", response.body());
  }

  @Test
  void aFailureOnTheIoThreadIsA500AndTheNextRequestIsServed() throws Exception {
    try (LogCapture log = LogCapture.of(adapter().failureLogger())) {
      assertEquals(500, send(at("/io/fail")).statusCode());
      assertTrue(messages(log).contains("Exception on /io/fail [GET]"), messages(log).toString());
    }
    assertEquals("io", send(at("/io/page")).body());
  }

  @Test
  void aGatewayThatFailsToSayIsServedOnAWorkerAndLogged() throws Exception {
    try (LogCapture log = LogCapture.of(adapter().failureLogger())) {
      HttpResponse<String> response = send(at("/io/broken-question"));
      assertEquals(200, response.statusCode());
      assertEquals("worker", response.body());
      assertTrue(messages(log).contains("Gateway.mayBlock failed on /io/broken-question [GET];"
          + " the request goes to a request thread"), messages(log).toString());
    }
  }

  @Test
  void aGatewayThatDoesNotSayRunsEveryRequestOnAWorker() throws Exception {
    dev.carafe.gateway.Gateway silent = (environ, start) -> {
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of(threadKind());
    };
    try (Server plain = adapter().builder(silent).port(0).virtualThreads(false).start()) {
      HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(plain.uri())
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("worker", response.body());
    }
  }
}
