package dev.carafe.server.undertow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import dev.carafe.server.contract.RawClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Where Undertow answers hostile requests otherwise than the shared contract asks, because its
 * parser decides before any handler runs ({@link UndertowServer}'s javadoc says so too).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UndertowLimitsTest {
  private static final int MAX_HEADER_SIZE = 1024;
  private Server server;

  @BeforeAll
  void start() {
    server = UndertowServer.builder((environ, start) -> {
      start.start(200, HeaderList.empty());
      return Body.of("served as " + environ.protocol());
    }).port(0).maxHeaderSize(MAX_HEADER_SIZE).start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void anUnknownVersionIsServedAsHttp11() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("GET / HTTP/9.9\r\nHost: x\r\nConnection: close\r\n\r\n")
          .readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
      assertTrue(answer.endsWith("served as HTTP/1.1"), answer);
    }
  }

  @Test
  void aBadChunkClosesTheConnectionWithoutAnAnswer() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      assertEquals("", client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "\r\nzz\r\nabc\r\n0\r\n\r\n").readUntilClosed());
    }
  }

  @Test
  void headersPastTwiceTheLimitGet400FromUndertowItself() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("GET / HTTP/1.1\r\nHost: x\r\nCookie: "
          + "c".repeat(2 * MAX_HEADER_SIZE + 10) + "\r\n\r\n").readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    }
  }
}
