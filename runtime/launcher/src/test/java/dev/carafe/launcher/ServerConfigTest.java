package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.FixtureApp;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's settings come from the application's configuration, the environment's
 * {@code CARAFE_SERVER_...} or the {@code --config} file, on either server; a bad value stops the
 * launch with the configuration's own message.
 */
class ServerConfigTest {
  @TempDir
  Path dir;

  /** Serves the fixture as the launcher would with {@code args} and {@code env}. */
  private static Server serve(String[] args, Map<String, String> env) throws Exception {
    LaunchOptions options = LaunchOptions.parse(args, env);
    App app = Launcher.configure(FixtureApp.create(), options, env);
    return Launcher.start("Fixture", app, options, app.config(),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** The status line of the answer to {@code request}; the socket timeout is a hang guard. */
  private static String statusOf(Server server, String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      return new String(in.readNBytes(12), StandardCharsets.US_ASCII);
    }
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void theEnvironmentSetsTheHeaderSizeOnEitherServer() throws Exception {
    for (String kind : List.of("undertow", "jetty")) {
      try (Server server = serve(new String[] {"--port", "0", "--server", kind},
          Map.of("CARAFE_SERVER_MAX_HEADER_SIZE", "1024"))) {
        String cookie = "c".repeat(1500);
        assertEquals("HTTP/1.1 431", statusOf(server,
            "GET / HTTP/1.1\r\nHost: x\r\nCookie: " + cookie + "\r\n\r\n"), kind);
        assertEquals("HTTP/1.1 200", statusOf(server,
            "GET / HTTP/1.1\r\nHost: x\r\nCookie: " + cookie.substring(0, 500) + "\r\n\r\n"),
            kind);
      }
    }
  }

  @Test
  @Timeout(60)
  void theConfigurationFileSetsTheHeaderCount() throws Exception {
    Path file = Files.writeString(dir.resolve("shop.json"), "{\"SERVER_MAX_HEADER_COUNT\": 3}");
    try (Server server = serve(new String[] {"--port", "0", "--config", file.toString()},
        Map.of())) {
      assertEquals("HTTP/1.1 431", statusOf(server,
          "GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n"));
      assertEquals("HTTP/1.1 200", statusOf(server, "GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\n\r\n"));
    }
  }

  @Test
  void aBadSettingStopsTheLaunchWithTheConfigurationsMessage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Launcher.run("Fixture", new String[] {"--port", "0"},
        Map.of("CARAFE_SERVER_WORKER_THREADS", "0"), FixtureApp::create, app -> app,
        List.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).status();
    assertEquals(2, status);
    assertEquals("Error: CARAFE_SERVER_WORKER_THREADS: SERVER_WORKER_THREADS must be at least 1,"
        + " got '0'", err.toString(StandardCharsets.UTF_8).trim());
    ByteArrayOutputStream err2 = new ByteArrayOutputStream();
    Launcher.run("Fixture", new String[] {"--port", "0"},
        Map.of("CARAFE_SERVER_READ_TIMEOUT", "0"), FixtureApp::create, app -> app,
        List.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err2, true, StandardCharsets.UTF_8));
    assertTrue(err2.toString(StandardCharsets.UTF_8).contains(
        "SERVER_READ_TIMEOUT must be more than zero, got '0'"), err2.toString());
  }
}
