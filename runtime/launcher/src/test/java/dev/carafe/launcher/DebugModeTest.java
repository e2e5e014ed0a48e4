package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.FixtureApp;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debug mode from the command line: {@code --debug}, the banner, the refusal to listen on a
 * public address, the request log, colour, and the debug page through a real server.
 */
class DebugModeTest {
  private static final Logger APP_LOG = Logger.getLogger(App.class.getName());
  private static Level appLevel;

  @TempDir
  Path dir;

  /** The failing requests below log their exception at ERROR; the test output needs none. */
  @BeforeAll
  static void quietTheApplicationsLog() {
    appLevel = APP_LOG.getLevel();
    APP_LOG.setLevel(Level.OFF);
  }

  @AfterAll
  static void restoreTheApplicationsLog() {
    APP_LOG.setLevel(appLevel);
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String[] args, Map<String, String> env, Terminal terminal) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Launcher.run("Fixture", args, env, FixtureApp::create, app -> app,
        List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), terminal).status();
    return new Run(status, text(out), text(err));
  }

  private static String text(ByteArrayOutputStream printed) {
    return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private static String refusal(String host) {
    return "Error: debug mode shows the application's source and each request's headers to"
        + " whoever can reach it, and " + host + " is not a loopback address. Serve on 127.0.0.1"
        + " (the default), or, on a network of your own machines only (a container's, say), add"
        + " --allow-public-debug or set CARAFE_ALLOW_PUBLIC_DEBUG=true.\n";
  }

  @Test
  void theDebugFlagWinsOverTheFileAndTheEnvironmentAsFlaskRunDebugDoes() throws IOException {
    Path file = Files.writeString(dir.resolve("shop.properties"), "DEBUG=false\n");
    Map<String, String> env = Map.of("CARAFE_DEBUG", "false");
    String[] args = {"--config", file.toString(), "--debug"};
    App app = Launcher.configure(FixtureApp.create(), parse(args, env), env);
    assertTrue(app.debug());
    assertFalse(Launcher.configure(FixtureApp.create(), parse(new String[0], env), env).debug());
    assertTrue(Launcher.configure(FixtureApp.create(), parse(new String[0],
        Map.of("CARAFE_DEBUG", "true")), Map.of("CARAFE_DEBUG", "true")).debug());
  }

  private static LaunchOptions parse(String[] args, Map<String, String> env) {
    try {
      return LaunchOptions.parse(args, env);
    } catch (LaunchOptions.UsageException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void debugModeRefusesToListenBeyondTheLoopbackAddressWithStatus2() {
    for (String host : new String[] {"0.0.0.0", "::", "192.168.1.20"}) {
      Run run = run(new String[] {"--debug", "--host", host, "--port", "0"}, Map.of(),
          new Terminal(false));
      assertEquals(2, run.status(), host);
      assertEquals(refusal(host), run.err());
      assertEquals("", run.out(), "nothing listens, so no banner");
    }
    Run fromTheEnvironment = run(new String[] {"--port", "0"},
        Map.of("CARAFE_DEBUG", "true", "CARAFE_HOST", "0.0.0.0"), new Terminal(false));
    assertEquals(2, fromTheEnvironment.status());
    assertEquals(refusal("0.0.0.0"), fromTheEnvironment.err());
  }

  @Test
  void loopbackAddressesOrTheExplicitOverrideMayServeInDebugMode() {
    App debug = FixtureApp.create().withDebug(true);
    for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1"}) {
      assertNull(Launcher.publicDebugRefusal(debug, parse(new String[] {"--host", host}, Map.of())),
          host);
    }
    assertNull(Launcher.publicDebugRefusal(debug,
        parse(new String[] {"--host", "0.0.0.0", "--allow-public-debug"}, Map.of())));
    assertNull(Launcher.publicDebugRefusal(debug,
        parse(new String[] {"--host", "0.0.0.0"}, Map.of("CARAFE_ALLOW_PUBLIC_DEBUG", "true"))));
    assertNull(Launcher.publicDebugRefusal(FixtureApp.create(),
        parse(new String[] {"--host", "0.0.0.0"}, Map.of())), "not in debug mode");
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void theBannerSaysDebugModeIsOnAndEachRequestIsLoggedToStandardError() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    App app = FixtureApp.create().withDebug(true);
    try (Server server = Launcher.start("Fixture",
        Launcher.served(app, a -> a, new Terminal(false),
            new PrintStream(logged, true, StandardCharsets.UTF_8)),
        parse(new String[] {"--port", "0"}, Map.of()), app.config(),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertEquals(" * Serving Carafe app 'Fixture'\n"
          + " * Debug mode: on\n"
          + " * Server: undertow\n"
          + " * Running on http://127.0.0.1:" + server.port() + "/ (Press CTRL+C to quit)\n",
          text(printed));
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve("/items")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertTrue(text(logged).matches("127\\.0\\.0\\.1 - - \\[[^]]+\\] \"GET /items HTTP/1\\.1\" 200"
          + " 5 \\d+\\.\\d{3}ms\n"), text(logged));
    }
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void onAColourTerminalTheLogIsInColourAndOutsideDebugModeThereIsNoLog() throws Exception {
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(logged, true, StandardCharsets.UTF_8);
    App app = FixtureApp.create().withDebug(true);
    try (Server server = Launcher.start("Fixture", Launcher.served(app, a -> a, new Terminal(true), err),
        parse(new String[] {"--port", "0"}, Map.of()), new PrintStream(new ByteArrayOutputStream()))) {
      get(server, "/boom", "text/plain");
      assertTrue(text(logged).contains("] \u001b[1;35m\"GET /boom HTTP/1.1\"\u001b[0m 500 "),
          text(logged));
    }
    logged.reset();
    try (Server server = Launcher.start("Fixture",
        Launcher.served(FixtureApp.create(), a -> a, new Terminal(true), err),
        parse(new String[] {"--port", "0"}, Map.of()), new PrintStream(new ByteArrayOutputStream()))) {
      get(server, "/boom", "text/plain");
      assertEquals("", text(logged));
    }
  }

  private static HttpResponse<String> get(Server server, String path, String accept,
      String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path));
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void throughARealServerTheDebugPageShowsInDebugModeOnlyWithTheCookieMasked() throws Exception {
    LaunchOptions options = parse(new String[] {"--port", "0"}, Map.of());
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
    for (String server : new String[] {"undertow", "jetty"}) {
      LaunchOptions on = parse(new String[] {"--port", "0", "--server", server}, Map.of());
      try (Server debug = Launcher.start("Fixture", FixtureApp.create().withDebug(true), on, quiet)) {
        HttpResponse<String> page = get(debug, "/boom?page=2", "text/html,*/*;q=0.8",
            "Cookie", "session=s3cr3t-cookie", "Authorization", "Bearer t0ken");
        assertEquals(500, page.statusCode(), server);
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").get());
        assertTrue(page.headers().firstValue("Content-Security-Policy").get()
            .startsWith("default-src 'none'; style-src 'sha256-"), server);
        String html = page.body();
        assertTrue(html.contains("<h1>java.lang.IllegalStateException</h1>"), html);
        assertTrue(html.contains("secret detail that must not reach the client"), html);
        assertTrue(html.contains("<tr><th>Endpoint</th><td>boom</td></tr>"), html);
        assertTrue(html.contains("<td class=masked>session=***</td>"), html);
        assertTrue(html.contains("<td class=masked>Bearer ***</td>"), html);
        assertFalse(html.contains("s3cr3t-cookie") || html.contains("t0ken"), html);

        HttpResponse<String> text = get(debug, "/boom", null);
        assertEquals("text/plain; charset=utf-8", text.headers().firstValue("Content-Type").get());
        assertTrue(text.body().startsWith("java.lang.IllegalStateException: secret detail"),
            text.body());
      }
    }
    try (Server production = Launcher.start("Fixture", FixtureApp.create(), options, quiet)) {
      for (String accept : new String[] {null, "text/html", "text/plain", "application/json"}) {
        HttpResponse<String> page = get(production, "/boom", accept);
        assertEquals(500, page.statusCode());
        assertFalse(page.body().contains("secret detail"), page.body());
        assertFalse(page.body().contains("IllegalStateException"), page.body());
        assertFalse(page.body().contains("FixtureApp"), page.body());
        assertTrue(page.body().contains("Internal Server Error"), page.body());
      }
    }
  }

  @Test
  void theRouteListingIsInColourOnAColourTerminalOnly() {
    String table = FixtureApp.create().routeTable();
    Run plain = run(new String[] {"--routes"}, Map.of(), new Terminal(false));
    assertEquals(table, plain.out());
    Run coloured = run(new String[] {"--routes"}, Map.of(), new Terminal(true));
    assertTrue(coloured.out().startsWith("\u001b[1mEndpoint     Methods  Rule\u001b[0m\n"),
        coloured.out());
    assertTrue(coloured.out().contains("\u001b[32mGET\u001b[0m"), coloured.out());
    assertTrue(coloured.out().contains("\u001b[33mPOST\u001b[0m"), coloured.out());
    assertTrue(coloured.out().contains("/user/\u001b[36m<name>\u001b[0m"), coloured.out());
    assertEquals(table, coloured.out().replaceAll("\u001b\\[[0-9;]*m", ""),
        "the same listing, column for column");
  }

  @Test
  void colourNeedsAConsoleAndNoNoColorAndATermThatIsNotDumb() {
    assertTrue(Terminal.of(Map.of(), true).colour());
    assertTrue(Terminal.of(Map.of("TERM", "xterm-256color", "NO_COLOR", ""), true).colour());
    assertFalse(Terminal.of(Map.of(), false).colour(), "output to a file or a pipe");
    assertFalse(Terminal.of(Map.of("NO_COLOR", "1"), true).colour());
    assertFalse(Terminal.of(Map.of("TERM", "dumb"), true).colour());
  }
}
