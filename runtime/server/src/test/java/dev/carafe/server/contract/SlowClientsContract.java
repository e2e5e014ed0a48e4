package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that send or read slowly are cut at the timeouts, and hold no worker thread while they
 * send a small body, so that everyone else is served meanwhile. The timeouts here are short so
 * that the tests are; the assertions are about what happens, not how fast.
 */
abstract class SlowClientsContract {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  abstract ServerAdapter adapter();

  private Server.Builder echoServer() {
    return adapter().builder((environ, start) -> {
      byte[] body;
      try {
        body = environ.input().readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of(environ.pathInfo() + " read " + body.length);
    }).port(0);
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void clientsTricklingBodiesDoNotHoldTheWorkers() throws Exception {
    int workers = 4;
    int tricklers = 40;
    try (Server server = echoServer().workerThreads(workers).readTimeout(Duration.ofSeconds(30))
        .start()) {
      List<RawClient> slow = new ArrayList<>();
      try {
        for (int i = 0; i < tricklers; i++) {
          RawClient client = new RawClient(server.port());
          client.send("POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nx");
          slow.add(client);
        }
        for (int i = 0; i < 3; i++) {
          for (RawClient client : slow) {
            client.send("x");
          }
        }
        // Forty bodies in progress, on four workers: a normal request is still answered.
        HttpResponse<String> normal = CLIENT.send(HttpRequest.newBuilder(
                server.uri().resolve("/normal")).timeout(Duration.ofSeconds(5))
            .POST(HttpRequest.BodyPublishers.ofString("hello")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals("/normal read 5", normal.body());
        for (RawClient client : slow) {
          assertFalse(client.socket().isClosed());
          client.send("x".repeat(96));
        }
        for (RawClient client : slow) {
          byte[] status = client.socket().getInputStream().readNBytes(12);
          assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII));
        }
      } finally {
        for (RawClient client : slow) {
          client.close();
        }
      }
    }
  }

  @Test
  @Timeout(60)
  void aSlowlorisIsCutAtTheReadTimeout() throws Exception {
    try (Server server = echoServer().readTimeout(Duration.ofMillis(500))
        .idleTimeout(Duration.ofSeconds(30)).start();
        RawClient slowloris = new RawClient(server.port())) {
      String request = "GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + "s".repeat(200) + "\r\n\r\n";
      boolean cut = false;
      // A byte every 50 ms: never silent for long, but the headers take 10 s in all.
      for (int i = 0; i < request.length() && !cut; i++) {
        try {
          slowloris.send(request.substring(i, i + 1));
          Thread.sleep(50);
        } catch (IOException closed) {
          cut = true;
        }
      }
      assertTrue(cut || slowloris.closedByServer(), "the slowloris was not cut");
      // The server goes on serving.
      assertEquals("/after read 0", CLIENT.send(HttpRequest.newBuilder(
          server.uri().resolve("/after")).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString()).body());
    }
  }

  @Test
  @Timeout(60)
  void aClientSilentInTheMiddleOfABodyIsCutAtTheReadTimeout() throws Exception {
    try (Server server = echoServer().readTimeout(Duration.ofMillis(500))
        .idleTimeout(Duration.ofSeconds(30)).bufferedBodySize(0).start();
        RawClient silent = new RawClient(server.port())) {
      silent.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhalf");
      assertTrue(silent.closedByServer(), "a client silent mid-body kept its connection");
    }
  }

  @Test
  @Timeout(60)
  void aClientThatNeverReadsIsCutAtTheWriteTimeoutAndOthersAreServed() throws Exception {
    byte[] large = new byte[64 << 20];
    try (Server server = adapter().builder((environ, start) -> {
          start.start(200, HeaderList.of("Content-Type", "application/octet-stream"));
          return environ.pathInfo().equals("/large") ? Body.of(large) : Body.of("small");
        }).port(0).writeTimeout(Duration.ofMillis(500)).start();
        RawClient reader = new RawClient(server.port())) {
      reader.send("GET /large HTTP/1.1\r\nHost: x\r\n\r\n");
      // Not a byte read for six write timeouts, while 64 MiB is more than the sockets' buffers
      // hold: the server gives up, and what was buffered ends short of the whole.
      Thread.sleep(3000);
      InputStream in = reader.socket().getInputStream();
      long received = 0;
      try {
        for (int n; (n = in.read(new byte[65536])) > 0; ) {
          received += n;
        }
      } catch (IOException reset) {
        // Cut: what arrived before counts.
      }
      assertTrue(received < large.length, "the whole response arrived: " + received);
      assertEquals("small", CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("/small"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }
  }

  @Test
  @Timeout(60)
  void anIdleKeptAliveConnectionIsClosedAtTheIdleTimeout() throws Exception {
    try (Server server = echoServer().idleTimeout(Duration.ofMillis(500)).start();
        RawClient idle = new RawClient(server.port())) {
      idle.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
      byte[] status = idle.socket().getInputStream().readNBytes(12);
      assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII));
      assertTrue(idle.closedByServer(), "an idle connection was kept past the idle timeout");
    }
  }

  @Test
  @Timeout(60)
  void aKeptAliveConnectionWithinTheIdleTimeoutServesTheNextRequest() throws Exception {
    try (Server server = echoServer().idleTimeout(Duration.ofSeconds(30))
        .readTimeout(Duration.ofMillis(300)).start();
        RawClient client = new RawClient(server.port())) {
      for (int i = 0; i < 2; i++) {
        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        byte[] status = client.socket().getInputStream().readNBytes(12);
        assertEquals("HTTP/1.1 200", new String(status, StandardCharsets.US_ASCII));
        client.socket().getInputStream().skipNBytes(
            client.socket().getInputStream().available());
        // Idle for longer than the read timeout, shorter than the idle one: still open.
        Thread.sleep(1000);
      }
    }
  }

}
