package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests the server rejects get a 4xx from it, never a 500 and never a hang. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadRequestContract {
  private final AtomicInteger calls = new AtomicInteger();
  private Server server;

  abstract ServerAdapter adapter();

  @BeforeAll
  void start() {
    server = adapter().builder((environ, start) -> {
      calls.incrementAndGet();
      start.start(200, HeaderList.empty());
      return Body.of("ok");
    }).port(0).start();
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
    int callsBefore = calls.get();
    String answer = exchange(request);
    assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
    assertEquals(callsBefore, calls.get(), "the gateway must not see a rejected request");
  }

  /** Sends raw bytes and reads until the server closes; the timeouts only guard against a hang. */
  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream answer = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[1024];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          answer.write(buffer, 0, n);
        }
      } catch (SocketException reset) {
        // A server may reset after its answer; what arrived before counts.
      }
      return answer.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
