package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.test.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class AccessLogTest {
  /** Host, ident, user, [time], "request", status, size, duration. */
  private static final String LINE = "127\\.0\\.0\\.1 - - \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2}"
      + " [+-]\\d{4}\\] \"%s\" %s \\d+\\.\\d{3}ms";

  private final List<String> lines = new CopyOnWriteArrayList<>();

  private TestClient client(Gateway app) {
    return new TestClient(Middleware.chain(app, new AccessLog(lines::add)));
  }

  @Test
  void oneLineInCommonLogFormatWithTheDuration() {
    Gateway app = (environ, start) -> {
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      return Body.of("hello");
    };
    client(app).get("/items?page=2");
    assertEquals(1, lines.size());
    assertTrue(lines.get(0).matches(String.format(LINE, "GET /items\\?page=2 HTTP/1\\.1", "200 5")),
        lines.get(0));
  }

  @Test
  void aStreamIsLoggedWhenItEndsWithTheBytesSent() {
    Gateway app = (environ, start) -> {
      start.start(200, HeaderList.empty());
      return Body.stream(out -> {
        assertTrue(lines.isEmpty(), "logged before the stream was written");
        out.write("abc".getBytes(StandardCharsets.UTF_8));
        out.write('d');
      });
    };
    client(app).get("/stream");
    assertTrue(lines.get(0).matches(String.format(LINE, "GET /stream HTTP/1\\.1", "200 4")),
        lines.get(0));
  }

  @Test
  void anEmptyBodyIsADashAndAFailedGatewayA500() {
    Gateway empty = (environ, start) -> {
      start.start(204, HeaderList.empty());
      return Body.empty();
    };
    client(empty).delete("/items/1");
    assertTrue(lines.get(0).matches(String.format(LINE, "DELETE /items/1 HTTP/1\\.1", "204 -")),
        lines.get(0));

    Gateway failing = (environ, start) -> {
      throw new IllegalStateException("boom");
    };
    assertThrows(IllegalStateException.class, () -> client(failing).get("/boom"));
    assertTrue(lines.get(1).matches(String.format(LINE, "GET /boom HTTP/1\\.1", "500 -")),
        lines.get(1));
  }

  @Test
  void inColourTheRequestIsStyledByItsStatusAsWerkzeugStylesIt() {
    int[] statuses = {101, 200, 201, 304, 302, 404, 400, 500};
    String[] styles = {"\u001b[1m", "", "\u001b[32m", "\u001b[36m", "\u001b[32m", "\u001b[33m",
        "\u001b[1;31m", "\u001b[1;35m"};
    for (int i = 0; i < statuses.length; i++) {
      int status = statuses[i];
      lines.clear();
      new TestClient(new AccessLog(lines::add).inColour().wrap((environ, start) -> {
        start.start(status, HeaderList.empty());
        return Body.empty();
      })).get("/a");
      String request = "\"GET /a HTTP/1.1\"";
      String expected = styles[i].isEmpty() ? request : styles[i] + request + "\u001b[0m";
      assertTrue(lines.get(0).contains("] " + expected + " " + status + " -"), lines.get(0));
    }
  }

  @Test
  void withoutColourThereIsNoEscapeCode() {
    client((environ, start) -> {
      start.start(500, HeaderList.empty());
      return Body.empty();
    }).get("/a");
    assertEquals(-1, lines.get(0).indexOf('\u001b'), lines.get(0));
  }
}
