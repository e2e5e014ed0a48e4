package dev.carafe.server.contract;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.LogCapture;
import dev.carafe.RequestContext;
import dev.carafe.RequestLimits;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.internal.invoke.Binding;
import dev.carafe.internal.invoke.Source;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The request lifecycle over real HTTP, with handlers on virtual threads on JDK 21 and later and
 * a streamed body written after the application returned.
 */
@Timeout(60) // a hang guard, not a performance bound
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LifecycleContract {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private static final List<String> STEPS = new CopyOnWriteArrayList<>();
  private static volatile CountDownLatch tornDown = new CountDownLatch(1);
  private Server server;

  abstract ServerAdapter adapter();

  @BeforeAll
  void start() {
    Lifecycle lifecycle = Lifecycle.builder()
        .blueprint("api", "/api")
        .beforeRequest(null, request -> {
          RequestContext.current().g().put("thread", Thread.currentThread().toString());
          return null;
        })
        .afterRequest(null, (request, response) -> response.withHeader("X-After", "app"))
        .teardownRequest(null, (request, error) -> {
          STEPS.add("teardown " + request.endpoint() + " context=" + RequestContext.active());
          tornDown.countDown();
        })
        .statusHandler("api", 404, (request, error) -> Response.json(
            java.util.Map.of("error", "no such API", "path", request.path())).withStatus(404))
        .build();
    App app = app(lifecycle,
        TestApps.get("stream", "/stream", request -> Response.stream(Response.TEXT, out -> {
          STEPS.add("writing, thread recorded: "
              + RequestContext.current().g().contains("thread"));
          out.write("part one, ".getBytes(StandardCharsets.UTF_8));
          out.flush();
          out.write("part two".getBytes(StandardCharsets.UTF_8));
        })),
        TestApps.get("thread", "/thread", request ->
            Response.text(RequestContext.current().g().get("thread", String.class))),
        TestApps.get("page", "/page", request -> Response.text("page "
            + Binding.convert(request.arg("n"), "n", Source.QUERY, Binding::parseInt, Binding.INTEGER))),
        endpoint("upload", "/upload", "POST", null,
            request -> Response.text(request.body().length + " bytes")),
        endpoint("api.boom", "/api/boom", "GET", "api", request -> {
          throw new IllegalStateException("secret");
        }))
        .withLimits(RequestLimits.defaults().withMaxContentLength(1024));
    server = adapter().builder(app).port(0).ioThreads(1).virtualThreads(true).start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(server.uri().resolve(path));
  }

  @Test
  void teardownRunsAfterTheStreamWithTheContextOnTheServersThreads() throws Exception {
    STEPS.clear();
    tornDown = new CountDownLatch(1);
    HttpResponse<String> response = send(at("stream"));
    assertEquals(200, response.statusCode());
    assertEquals("part one, part two", response.body());
    assertEquals("app", response.headers().firstValue("X-After").orElse(null));
    assertTrue(tornDown.await(30, TimeUnit.SECONDS), "teardown ran");
    assertEquals(List.of("writing, thread recorded: true", "teardown stream context=true"),
        STEPS);
  }

  @Test
  void handlersRunOnVirtualThreadsWhereTheJdkHasThem() throws Exception {
    String thread = send(at("thread")).body();
    if (Runtime.version().feature() >= 21) {
      assertTrue(thread.startsWith("VirtualThread"), thread);
    }
  }

  @Test
  void aBlueprintsNotFoundHandlerAnswersInJsonUnderItsPrefix() throws Exception {
    HttpResponse<String> response = send(at("api/nothing"));
    assertEquals(404, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(null));
    assertTrue(response.body().contains("\"error\":\"no such API\""), response.body());

    HttpResponse<String> page = send(at("nothing").header("Accept", "application/json"));
    assertEquals(404, page.statusCode());
    assertTrue(page.body().startsWith("{\"code\":404,\"name\":\"Not Found\""), page.body());
  }

  @Test
  void anUnhandledExceptionIs500WithoutDetailsAndTheServerGoesOn() throws Exception {
    try (LogCapture log = LogCapture.of(App.class)) {
      HttpResponse<String> response = send(at("api/boom"));
      assertEquals(500, response.statusCode());
      assertTrue(!response.body().contains("secret"), response.body());
      assertEquals("Exception on /api/boom [GET]", log.records().get(0).getMessage());
    }
    assertEquals(200, send(at("thread")).statusCode());
  }

  @Test
  void aBindingFailureIs400NamingTheParameter() throws Exception {
    HttpResponse<String> response = send(at("page?n=abc"));
    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains(
        "Query parameter &#39;n&#39; must be an integer, got &#39;abc&#39;."), response.body());
    assertEquals("page 3", send(at("page?n=3")).body());
  }

  @Test
  void aChunkedBodyOverTheLimitIs413() throws Exception {
    String status = rawExchange("POST /upload HTTP/1.1\r\nHost: localhost\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + "800\r\n" + "x".repeat(0x800) + "\r\n0\r\n\r\n");
    // The reason phrase is each server's own ("Payload Too Large" on Jetty); the code is what counts.
    assertEquals("HTTP/1.1 413", status.substring(0, 12), status);
  }

  @Test
  void aChunkedBodyWithinTheLimitIsRead() throws Exception {
    String status = rawExchange("POST /upload HTTP/1.1\r\nHost: localhost\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + "200\r\n" + "x".repeat(0x200) + "\r\n0\r\n\r\n");
    assertEquals("HTTP/1.1 200", status.substring(0, 12), status);
  }

  @Test
  void aBodyCutShortIs400Not500() throws Exception {
    String status = rawExchange("POST /upload HTTP/1.1\r\nHost: localhost\r\n"
        + "Content-Length: 100\r\nConnection: close\r\n\r\n" + "only twenty bytes...");
    assertEquals("HTTP/1.1 400", status.substring(0, 12), status);
  }

  /** Sends {@code request}, closes the sending side and returns the status line of the answer. */
  private String rawExchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      socket.shutdownOutput();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        line.write(b);
      }
      return line.toString(StandardCharsets.US_ASCII).trim();
    }
  }
}
