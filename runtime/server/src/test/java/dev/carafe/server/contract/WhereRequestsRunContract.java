package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A server told its gateway never blocks serves every kind of request and body just as one that
 * may block: bodies are still read and streams still written where they may block, and a failure
 * is still a 500. Which thread answers is each adapter's own (Undertow's I/O thread, say).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NonBlockingContract {
  private Server server;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final Path FILE = file("a file");
  private static final Gateway GATEWAY = (environ, start) -> {
    String thread = Thread.currentThread().getName();
    switch (environ.pathInfo()) {
      case "/stream":
        start.start(200, HeaderList.of("Content-Type", "text/plain"));
        return Body.stream(out -> out.write(("streamed from " + Thread.currentThread().getName())
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
      case "/empty":
        start.start(204, HeaderList.empty());
        return Body.empty();
      default:
        start.start(200, HeaderList.of("Content-Type", "text/plain"));
        return Body.of(thread);
    }
  };

  abstract ServerAdapter adapter();

  private static Path file(String content) {
    try {
      Path file = Files.createTempFile("carafe-non-blocking", ".txt");
      file.toFile().deleteOnExit();
      return Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeAll
  void start() {
    server = adapter().builder(GATEWAY).port(0).nonBlocking(true).start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  @Test
  void aRequestWithoutABodyIsAnswered() throws Exception {
    HttpResponse<String> response = send(at("/"));
    assertEquals(200, response.statusCode());
    assertTrue(!response.body().isEmpty(), "the answering thread names itself");
  }

  @Test
  void aRequestWithABodyHasItRead() throws Exception {
    HttpResponse<String> response = send(at("/echo").POST(HttpRequest.BodyPublishers.ofString("tea")));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().endsWith(": tea"), response.body());
  }

  @Test
  void aStreamedBodyIsWritten() throws Exception {
    HttpResponse<String> response = send(at("/stream"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("streamed from "), response.body());
  }

  @Test
  void aFileIsSent() throws Exception {
    HttpResponse<String> response = send(at("/file"));
    assertEquals(200, response.statusCode());
    assertEquals("a file", response.body());
  }

  @Test
  void aFailureIsA500AndTheNextRequestIsServed() throws Exception {
    assertEquals(500, send(at("/fail")).statusCode());
    assertEquals(204, send(at("/empty")).statusCode());
    assertEquals(200, send(at("/")).statusCode());
  }
}
