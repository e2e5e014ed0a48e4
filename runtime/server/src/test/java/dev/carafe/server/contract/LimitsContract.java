package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The sizes a request may have, each past its limit a clear 4xx and a closed connection: the
 * request line (414), the headers' bytes and count (431); a body the application refuses is not
 * read; connections past the limit wait.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LimitsContract {
  private static final int MAX_HEADER_SIZE = 4096;
  private static final int MAX_HEADER_COUNT = 20;

  private final CountingGateway gateway = new CountingGateway();
  private Server server;

  abstract ServerAdapter adapter();

  @BeforeAll
  void start() {
    server = adapter().builder((environ, start) -> {
      if (environ.pathInfo().equals("/upload")) {
        // Refuses the body by its announced length, as MAX_CONTENT_LENGTH does, unread.
        start.start(413, HeaderList.of("Content-Type", "text/plain"));
        return Body.of("too large");
      }
      return gateway.call(environ, start);
    }).port(0).maxHeaderSize(MAX_HEADER_SIZE).maxHeaderCount(MAX_HEADER_COUNT).start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void aRequestLinePastTheHeaderSizeGets414() throws IOException {
    assertRefused("GET /" + "a".repeat(MAX_HEADER_SIZE + 10) + " HTTP/1.1\r\nHost: x\r\n\r\n",
        "414");
  }

  @Test
  void headersPastTheirSizeGet431() throws IOException {
    assertRefused("GET / HTTP/1.1\r\nHost: x\r\nCookie: " + "c".repeat(MAX_HEADER_SIZE + 10)
        + "\r\n\r\n", "431");
  }

  @Test
  void moreHeaderFieldsThanAllowedGet431() throws IOException {
    StringBuilder request = new StringBuilder("GET / HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < MAX_HEADER_COUNT + 5; i++) {
      request.append("X-Field-").append(i).append(": ").append(i).append("\r\n");
    }
    assertRefused(request.append("\r\n").toString(), "431");
  }

  @Test
  void headersWithinTheLimitsAreServed() throws IOException {
    StringBuilder request =
        new StringBuilder("GET /" + "a".repeat(1000) + " HTTP/1.1\r\nHost: x\r\n");
    for (int i = 0; i < MAX_HEADER_COUNT - 2; i++) {
      request.append("X-Field-").append(i).append(": ").append("v".repeat(50)).append("\r\n");
    }
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send(request.append("Connection: close\r\n\r\n").toString())
          .readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
    }
  }

  @Test
  void aBodyTheApplicationRefusesIsNotReadToItsEnd() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      // 100 MB announced, 64 KiB sent: the answer and the close come without the rest.
      String answer = client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000"
          + "\r\n\r\n" + "x".repeat(64 * 1024)).readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
      assertTrue(answer.endsWith("too large"), answer);
    }
  }

  @Test
  void connectionsPastTheLimitWaitForOneToClose() throws Exception {
    try (Server limited = adapter().builder(new CountingGateway()).port(0).ioThreads(1)
            .maxConnections(2).start();
        RawClient first = new RawClient(limited.port());
        RawClient second = new RawClient(limited.port())) {
      assertServed(first);
      assertServed(second);
      try (RawClient third = new RawClient(limited.port())) {
        // Accepted by the operating system's queue, not by the server: no answer while two
        // connections are open (a second is long enough to see that nothing is coming).
        third.socket().setSoTimeout(1000);
        third.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThrows(SocketTimeoutException.class, () -> third.socket().getInputStream().read());
        first.close();
        third.socket().setSoTimeout(RawClient.HANG_GUARD_MILLIS);
        byte[] status = third.socket().getInputStream().readNBytes(12);
        assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII));
      }
    }
  }

  private static void assertServed(RawClient client) throws IOException {
    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    byte[] status = client.socket().getInputStream().readNBytes(12);
    assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII));
  }

  private void assertRefused(String request, String status) throws IOException {
    int before = gateway.calls();
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send(request).readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 " + status), answer);
      assertFalse(answer.contains("\r\n\r\nok"), answer);
    }
    assertEquals(before, gateway.calls(), "the gateway must not see a refused request");
  }
}
