package dev.carafe.server.undertow;

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
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Undertow told its gateway never blocks answers bodiless requests on the I/O thread that read
 * them, and hands the rest to its request threads (ServerContract checks the answers themselves).
 */
class IoThreadTest {
  private static Server server;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
      default:
        start.start(200, HeaderList.of("Content-Type", "text/plain"));
        return Body.of(thread);
    }
  };

  @BeforeAll
  static void start() {
    server = UndertowServer.builder(GATEWAY).port(0).nonBlocking(true).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder at(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
  }

  @Test
  void aRequestWithoutABodyIsAnsweredOnTheIoThread() throws Exception {
    HttpResponse<String> response = send(at("/"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("I/O"), response.body());
  }

  @Test
  void aRequestWithABodyStillReadsItOnARequestThread() throws Exception {
    HttpResponse<String> response = send(at("/echo").POST(HttpRequest.BodyPublishers.ofString("tea")));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().endsWith(": tea"), response.body());
    assertTrue(!response.body().contains("I/O"), response.body());
  }

  @Test
  void aStreamedBodyIsWrittenOffTheIoThread() throws Exception {
    HttpResponse<String> response = send(at("/stream"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().startsWith("streamed from ") && !response.body().contains("I/O"),
        response.body());
  }
}
