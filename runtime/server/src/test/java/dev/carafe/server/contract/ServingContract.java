package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.FixtureApp;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;
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
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** An adapter over real HTTP on an ephemeral port: the environ, the four bodies, the failures. */
@Timeout(60) // a hang guard, not a performance bound
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServingContract {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  private Path dir;
  private Path file;
  private Server server;

  abstract ServerAdapter adapter();

  @BeforeAll
  void start() throws IOException {
    dir = Files.createTempDirectory("carafe-serving");
    file = Files.writeString(dir.resolve("file.txt"), "0123456789");
    server = adapter().builder(this::route).port(0).ioThreads(1).start();
  }

  @AfterAll
  void stop() throws IOException {
    server.stop();
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  /** One raw gateway whose paths each answer with one kind of body or one kind of failure. */
  private Body route(Environ environ, StartResponse start) {
    switch (environ.pathInfo()) {
      case "/hello":
        start.start(200, HeaderList.of("Content-Type", "text/plain; charset=utf-8"));
        return Body.of("hello");
      case "/echo":
        byte[] body = readAll(environ);
        start.start(200, HeaderList.of("Content-Type", "application/octet-stream"));
        return Body.of(body);
      case "/slice":
        start.start(200, HeaderList.empty());
        return new Body.Bytes("--slice--".getBytes(StandardCharsets.US_ASCII), 2, 5);
      case "/empty":
        start.start(200, HeaderList.of("X-Empty", "yes"));
        return Body.empty();
      case "/stream":
        start.start(200, HeaderList.empty());
        return Body.stream(out -> {
          for (int i = 0; i < 3; i++) {
            out.write(("line " + i + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
          }
        });
      case "/file":
        start.start(200, HeaderList.empty());
        return new Body.FileRegion(file, 0, 10);
      case "/file-middle":
        start.start(200, HeaderList.empty());
        return new Body.FileRegion(file, 3, 4);
      case "/file-tail":
        start.start(200, HeaderList.empty());
        return new Body.FileRegion(file, 6, 4);
      case "/file-past-end":
        start.start(200, HeaderList.empty());
        return new Body.FileRegion(file, 5, 50);
      case "/stream-fails-first":
        start.start(200, HeaderList.empty());
        return Body.stream(out -> {
          out.write("partial".getBytes(StandardCharsets.US_ASCII));
          throw new IOException("the source failed before anything was flushed");
        });
      case "/thread":
        start.start(200, HeaderList.empty());
        // Thread.isVirtual() is JDK 21 API; its toString names virtual threads "VirtualThread[...]".
        return Body.of(Thread.currentThread().toString().startsWith("VirtualThread")
            ? "virtual" : Thread.currentThread().getName());
      case "/stream-fails-late":
        start.start(200, HeaderList.empty());
        return Body.stream(out -> {
          out.write(new byte[1 << 20]); // more than a server buffers, so the response is committed
          throw new IOException("the source failed halfway");
        });
      case "/boom":
        throw new IllegalStateException("secret detail");
      case "/no-start":
        return Body.of("never started");
      case "/twice":
        start.start(200, HeaderList.empty());
        start.start(201, HeaderList.empty());
        return Body.empty();
      default:
        start.start(200, HeaderList.of("Content-Type", "text/plain; charset=utf-8"));
        return Body.of(environ.method() + " " + environ.pathInfo() + " ? "
            + environ.queryString() + " | " + environ.headers().all("X-Tag") + " | "
            + environ.protocol() + " " + environ.scheme() + " " + environ.remoteAddress());
      case "/where":
        start.start(200, HeaderList.empty());
        return Body.of(environ.scriptName() + "|" + environ.host() + "|" + environ.port());
    }
  }

  private static byte[] readAll(Environ environ) {
    try {
      return environ.input().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void getAnswersWithTheBodyAndItsLength() throws Exception {
    HttpResponse<String> response = get("/hello");
    assertEquals(200, response.statusCode());
    assertEquals("hello", response.body());
    assertEquals("5", header(response, "Content-Length"));
    assertEquals("text/plain; charset=utf-8", header(response, "Content-Type"));
  }

  @Test
  void theAnswerDoesNotNameTheServerLibrary() throws Exception {
    HttpResponse<String> response = get("/hello");
    assertEquals(null, header(response, "Server"));
    assertEquals(null, header(response, "X-Powered-By"));
  }

  @Test
  void thePathAndQueryReachTheGatewayRaw() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/a%2Fb/caf%C3%A9?x=1%202&y"))
        .header("X-Tag", "one").header("X-Tag", "two").build());
    assertEquals("GET /a%2Fb/caf%C3%A9 ? x=1%202&y | [one, two] | HTTP/1.1 http 127.0.0.1",
        response.body());
  }

  @Test
  void pathParametersStayInThePath() throws Exception {
    // Werkzeug keeps ";x=y" in PATH_INFO; a server that dropped it would route /items/1;x=y as
    // /items/1.
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("GET /items/1;jsessionid=abc?q=1 HTTP/1.1\r\nHost: x\r\n"
          + "Connection: close\r\n\r\n").readUntilClosed();
      assertTrue(answer.contains("GET /items/1;jsessionid=abc ? q=1 |"), answer);
    }
  }

  @Test
  void theAbsoluteFormGivesThePathAlone() throws Exception {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("GET http://example.com/a%2Fb;v=1?q=1 HTTP/1.1\r\n"
          + "Host: example.com\r\nConnection: close\r\n\r\n").readUntilClosed();
      assertTrue(answer.contains("GET /a%2Fb;v=1 ? q=1 |"), answer);
    }
  }

  @Test
  void aPostedBodyIsEchoed() throws Exception {
    byte[] payload = new byte[100_000];
    for (int i = 0; i < payload.length; i++) {
      payload[i] = (byte) i;
    }
    HttpResponse<byte[]> response = CLIENT.send(
        HttpRequest.newBuilder(uri("/echo")).POST(HttpRequest.BodyPublishers.ofByteArray(payload))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertEquals(Arrays.toString(payload), Arrays.toString(response.body()));
  }

  @Test
  void headGetsTheHeadersWithoutTheBody() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/hello"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, response.statusCode());
    assertEquals("5", header(response, "Content-Length"));
    assertEquals("", response.body());
  }

  @Test
  void aSliceOfAnArrayIsSentAlone() throws Exception {
    HttpResponse<String> response = get("/slice");
    assertEquals("slice", response.body());
    assertEquals("5", header(response, "Content-Length"));
  }

  @Test
  void anEmptyBodyIsSentWithLengthZero() throws Exception {
    HttpResponse<String> response = get("/empty");
    assertEquals(200, response.statusCode());
    assertEquals("0", header(response, "Content-Length"));
    assertEquals("yes", header(response, "X-Empty"));
    assertEquals("", response.body());
  }

  @Test
  void aStreamIsSentAsItIsWritten() throws Exception {
    HttpResponse<String> response = get("/stream");
    assertEquals(200, response.statusCode());
    assertEquals("line 0\nline 1\nline 2\n", response.body());
  }

  @Test
  void aWholeFileIsSentWithItsLength() throws Exception {
    HttpResponse<String> response = get("/file");
    assertEquals("0123456789", response.body());
    assertEquals("10", header(response, "Content-Length"));
  }

  @Test
  void aFileRegionSendsOnlyItsBytes() throws Exception {
    assertEquals("3456", get("/file-middle").body());
    assertEquals("4", header(get("/file-middle"), "Content-Length"));
    assertEquals("6789", get("/file-tail").body());
  }

  @Test
  void aFileRegionPastTheEndOfItsFileGives500() throws Exception {
    assertEquals(500, get("/file-past-end").statusCode());
  }

  @Test
  void aStreamThatFailsBeforeAnythingWasSentGives500WithoutItsPartialOutput() throws Exception {
    HttpResponse<String> response = get("/stream-fails-first");
    assertEquals(500, response.statusCode());
    assertFalse(response.body().contains("partial"), response.body());
  }

  @Test
  void aStreamThatFailsHalfwayAbortsTheConnectionRatherThanEndTheBody() throws Exception {
    assertThrows(IOException.class, () -> get("/stream-fails-late"));
    assertEquals(200, get("/hello").statusCode());
  }

  @Test
  void aClientThatExpectsContinueGetsItsBodyRead() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/echo")).expectContinue(true)
        .timeout(Duration.ofSeconds(20))
        .POST(HttpRequest.BodyPublishers.ofString("after continue")).build());
    assertEquals(200, response.statusCode());
    assertEquals("after continue", response.body());
  }

  @Test
  void aGatewayExceptionGives500WithoutDetailsAndTheNextRequestWorks() throws Exception {
    HttpResponse<String> failed = get("/boom");
    assertEquals(500, failed.statusCode());
    assertEquals("text/html; charset=utf-8", header(failed, "Content-Type"));
    // The application's own default 500 page (HttpErrorsTest checks that it is this one).
    assertEquals(HttpStatus.INTERNAL_SERVER_ERROR.htmlPage(), failed.body());
    assertFalse(failed.body().contains("secret"), failed.body());

    assertEquals("hello", get("/hello").body());
  }

  @Test
  void aGatewayThatNeverCallsStartResponseGives500() throws Exception {
    HttpResponse<String> response = get("/no-start");
    assertEquals(500, response.statusCode());
    assertFalse(response.body().contains("never started"), response.body());
    assertEquals(200, get("/hello").statusCode());
  }

  @Test
  void secondStartResponseIsRejected() throws Exception {
    // The refusal is an exception in the gateway, which the server answers 500.
    HttpResponse<String> response = get("/twice");
    assertEquals(500, response.statusCode());
    assertEquals(200, get("/hello").statusCode());
  }

  @Test
  void anApplicationIsServedWithItsRoutingAnswers() throws Exception {
    try (Server app = adapter().builder(FixtureApp.create()).port(0).start()) {
      URI base = app.uri();
      assertEquals("user a/b", CLIENT.send(HttpRequest.newBuilder(base.resolve("/user/a%2Fb"))
          .build(), HttpResponse.BodyHandlers.ofString()).body());
      assertEquals(404, CLIENT.send(HttpRequest.newBuilder(base.resolve("/missing")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode());
      HttpResponse<String> notAllowed = CLIENT.send(HttpRequest.newBuilder(base.resolve("/items"))
          .DELETE().build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(405, notAllowed.statusCode());
      assertEquals("GET, HEAD, OPTIONS, POST", header(notAllowed, "Allow"));
    }
  }

  @Test
  void theGatewayRunsOnTheWorkerPoolOrTheVirtualThreadsChosen() throws Exception {
    String thread = get("/thread").body();
    boolean virtual = Runtime.version().feature() >= 21
        && "true".equalsIgnoreCase(System.getenv("CARAFE_VIRTUAL_THREADS"));
    if (virtual) {
      assertEquals("virtual", thread);
    } else {
      assertTrue(adapter().isWorkerThread(thread), thread);
    }
  }

  @Test
  void theEnvironNamesTheHostAndPortAskedForWithAnEmptyScriptName() throws Exception {
    assertEquals("|127.0.0.1|" + server.port(), get("/where").body());
  }

  @Test
  void theBoundPortIsReportedWhenTheSystemChoseIt() {
    assertTrue(server.port() > 0, server.toString());
    assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
    assertEquals("127.0.0.1", server.host());
  }

  @Test
  void aPortInUseIsReportedClearly() {
    UncheckedIOException error = assertThrows(UncheckedIOException.class,
        () -> adapter().builder(this::route).port(server.port()).start());
    assertTrue(error.getMessage().contains("Could not listen on 127.0.0.1:" + server.port()),
        error.getMessage());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return server.uri().resolve(path);
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }
}
