package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.server.Server;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests the server rejects get a 4xx (or a 505) from it and a closed connection, never a 500
 * and never a hang, and the gateway never sees them: malformed requests, framing that cannot be
 * trusted (RFC 9112 sections 6.1 and 6.3: the ways to smuggle a second request inside a first),
 * and a protocol the server does not speak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadRequestContract {
  private final CountingGateway gateway = new CountingGateway();
  private Server server;

  abstract ServerAdapter adapter();

  @BeforeAll
  void start() {
    server = adapter().builder(gateway).port(0).start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n",
      "GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n",
      "GET /\u0001 HTTP/1.1\r\nHost: x\r\n\r\n",
  })
  void aMalformedRequestGets400(String request) throws IOException {
    assertRefused(request, "400");
  }

  /**
   * HTTP/0.9, which has no headers and no status line, is not spoken. (A version no server knows,
   * {@code HTTP/9.9}, is 505 on Jetty; Undertow's parser takes it for HTTP/1.1 before any handler
   * sees it: {@code UndertowLimitsTest}.)
   */
  @Test
  void http09Gets505AndAClosedConnection() throws IOException {
    assertRefused("GET / HTTP/0.9\r\nHost: x\r\n\r\n", "505");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      // A coding other than a final chunked: the body's end cannot be known (the first hostile
      // run's 'gzip' hung until the client gave up).
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\nabc",
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
      "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\nabc",
      // Both framings: which one a proxy in front believed is unknown.
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "3\r\nabc\r\n0\r\n\r\n",
      // Two lengths, or one that is not a number.
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 5\r\n\r\nabcde",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: three\r\n\r\nabc",
      "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -3\r\n\r\nabc",
  })
  void untrustworthyFramingGets400AndAClosedConnection(String request) throws IOException {
    assertRefused(request, "400");
  }

  /**
   * A chunk size that is not hexadecimal is found as the body is read: the request is never
   * served and the connection is closed. (Jetty answers 400 first; Undertow's chunk decoder closes
   * the connection as it fails, with no answer: the adapters' own tests.)
   */
  @Test
  void aBadChunkIsNotServedAndClosesTheConnection() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "\r\nzz\r\nabc\r\n0\r\n\r\n").readUntilClosed();
      assertFalse(answer.contains(" 200 "), answer);
    }
  }

  @Test
  void aWellFramedChunkedBodyIsServed() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "Connection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n").readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }
  }

  /** Sends {@code request}: it is answered {@code status} and closed, unseen by the gateway. */
  private void assertRefused(String request, String status) throws IOException {
    int before = gateway.calls();
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send(request).readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
    }
    assertEquals(before, gateway.calls(), "the gateway must not see a refused request");
  }
}
