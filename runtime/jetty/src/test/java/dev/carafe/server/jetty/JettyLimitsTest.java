package dev.carafe.server.jetty;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.server.Server;
import dev.carafe.server.contract.CountingGateway;
import dev.carafe.server.contract.RawClient;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What Jetty answers where Undertow cannot (the shared contract asks only what both do): 505 for
 * a version it does not know, 400 for a bad chunk once the application reads the body.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JettyLimitsTest {
  private Server server;

  @BeforeAll
  void start() {
    server = JettyServer.builder(new CountingGateway()).port(0).start();
  }

  @AfterAll
  void stop() {
    server.stop();
  }

  @Test
  void anUnknownVersionGets505() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("GET / HTTP/9.9\r\nHost: x\r\n\r\n").readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 505"), answer);
    }
  }

  @Test
  void aBadChunkGets400() throws IOException {
    try (RawClient client = new RawClient(server.port())) {
      String answer = client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
          + "\r\nzz\r\nabc\r\n0\r\n\r\n").readUntilClosed();
      assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    }
  }
}
