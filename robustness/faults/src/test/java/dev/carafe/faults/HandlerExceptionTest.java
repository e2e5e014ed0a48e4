package dev.carafe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.server.Server;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A handler that throws, ten thousand times, on both servers: each time a 500 that says nothing of
 * the exception, and a line in the log with its trace; then the server serves as before, and
 * nothing is left behind.
 */
class HandlerExceptionTest {
  private static final int FAULTS = 10_000;
  private static final int WARM_UP = 500;

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(600) // a hang guard, not a performance bound
  void tenThousandExceptionsAre500sWithoutDetailsAndLeaveNothingBehind(ServerKind kind)
      throws Exception {
    try (LogRecords log = LogRecords.of("dev.carafe.App");
        Server server = kind.start(FaultyApp.create())) {
      // The pools grow to their working size first, so that growing is not taken for a leak.
      boom(server, WARM_UP);
      Census before = Census.steady(kind);
      int loggedBefore = log.count();

      boom(server, FAULTS);

      assertEquals(FAULTS, log.count() - loggedBefore, "one log record per exception");
      LogRecord record = log.first().get(0);
      assertEquals(Level.SEVERE, record.getLevel());
      assertEquals("Exception on /boom [GET]", record.getMessage());
      assertEquals(Faulty.SECRET, record.getThrown().getMessage());

      assertHello(server);
      Census after = Census.settledTo(before, kind, 30);
      System.out.println(kind + " after " + FAULTS + " exceptions: " + after.comparedTo(before));
      assertTrue(after.noneAbove(before), after.comparedTo(before));
    }
  }

  /** {@code n} requests to the throwing handler by several keep-alive clients. */
  private static void boom(Server server, int n) throws Exception {
    Clients.run(n, (client, share) -> {
      Socket socket = null;
      InputStream in = null;
      try {
        for (int i = 0; i < share; i++) {
          if (socket == null) {
            socket = RawHttp.connect(server.uri());
            in = new BufferedInputStream(socket.getInputStream());
          }
          RawHttp.get(socket, "/boom");
          RawHttp.Response response = RawHttp.read(in);
          assertEquals(500, response.status());
          String page = response.text();
          assertTrue(page.contains("<title>500 Internal Server Error</title>"), page);
          assertFalse(page.contains("hunter2") || page.contains("IllegalStateException")
              || page.contains("Faulty"), page);
          if (response.closes()) {
            socket.close();
            socket = null;
          }
        }
      } finally {
        if (socket != null) {
          socket.close();
        }
      }
    });
  }

  /** A normal request on a new connection is answered. */
  static void assertHello(Server server) throws Exception {
    try (Socket socket = RawHttp.connect(server.uri())) {
      RawHttp.get(socket, "/hello", "Connection: close");
      RawHttp.Response response = RawHttp.read(new BufferedInputStream(socket.getInputStream()));
      assertEquals(200, response.status());
      assertEquals("Hello, World!", response.text());
    }
  }
}
