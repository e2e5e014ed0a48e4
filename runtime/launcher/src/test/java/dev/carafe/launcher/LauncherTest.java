package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.FixtureApp;
import dev.carafe.config.Config;
import dev.carafe.config.ConfigException;
import dev.carafe.server.Server;
import dev.carafe.server.jetty.JettyServer;
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
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
  @TempDir
  Path dir;

  /** What {@link Launcher#run} printed and the status it would exit with. */
  private record Run(int status, String out, String err) {}

  private static Run run(String[] args, Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Launcher.run("Fixture", args, env, FixtureApp::create, app -> app,
        List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).status();
    return new Run(status, text(out), text(err));
  }

  private static String text(ByteArrayOutputStream printed) {
    return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private static App configure(String[] args, Map<String, String> env) throws Exception {
    return Launcher.configure(FixtureApp.create(), LaunchOptions.parse(args, env), env);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void theServerOptionServesTheAppOnJetty() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LaunchOptions options =
        LaunchOptions.parse(new String[] {"--port", "0", "--server", "jetty"}, Map.of());
    try (Server server = Launcher.start("Fixture", FixtureApp.create(), options,
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertTrue(server instanceof JettyServer, server.toString());
      assertTrue(printed.toString(StandardCharsets.UTF_8).contains(" * Server: jetty"),
          printed.toString(StandardCharsets.UTF_8));
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("Hello", response.body());
    }
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void startServesTheAppAndPrintsWhereLikeFlaskRun() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LaunchOptions options = LaunchOptions.parse(new String[] {"--port", "0"}, Map.of());
    try (Server server = Launcher.start("Fixture", FixtureApp.create(), options,
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertEquals(" * Serving Carafe app 'Fixture'\n"
              + " * Debug mode: off\n"
              + " * Server: undertow\n"
              + " * Running on http://127.0.0.1:" + server.port() + "/ (Press CTRL+C to quit)\n",
          printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));

      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(server.uri()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals("Hello", response.body());
    }
  }

  @Test
  void routesPrintsTheRuleTableAndReturnsWithoutServing() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      Launcher.main("Fixture", new String[] {"--routes"}, FixtureApp::create);
    } finally {
      System.setOut(original);
    }
    assertEquals(FixtureApp.create().routeTable(), printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theConfigFileNamedByTheFlagConfiguresTheApp() throws Exception {
    Path file = file("shop.properties", "MAX_CONTENT_LENGTH=1024\nGREETING=Hello\n");
    App app = configure(new String[] {"--config", file.toString()}, Map.of());
    assertEquals(1024L, app.config().get(Config.MAX_CONTENT_LENGTH));
    assertEquals(1024L, app.limits().maxContentLength());
    assertEquals("Hello", app.config().string("GREETING"));
  }

  @Test
  void carafeConfigNamesTheFileToo() throws Exception {
    Path file = file("shop.json", "{\"DEBUG\": true, \"SESSION_COOKIE_NAME\": \"sid\"}");
    App app = configure(new String[0], Map.of("CARAFE_CONFIG", file.toString()));
    assertTrue(app.debug());
    assertEquals("sid", app.config().get(Config.SESSION_COOKIE_NAME));
  }

  @Test
  void theEnvironmentWinsOverTheFileWhichWinsOverTheAppsOwnConfiguration() throws Exception {
    Path file = file("shop.properties", "MAX_FORM_PARTS=10\nMAX_COOKIE_SIZE=100\n");
    Map<String, String> env = Map.of("CARAFE_CONFIG", file.toString(),
        "CARAFE_MAX_COOKIE_SIZE", "200", "CARAFE_SECRET_KEY", "s3cr3t", "CARAFE_PORT", "9000");
    App coded = FixtureApp.create().withConfig(Config.builder()
        .set(Config.MAX_FORM_PARTS, 5).set(Config.DEBUG, true).build());
    App app = Launcher.configure(coded, LaunchOptions.parse(new String[0], env), env);
    assertEquals(200, app.config().get(Config.MAX_COOKIE_SIZE));
    assertEquals(10, app.config().get(Config.MAX_FORM_PARTS));
    assertEquals("s3cr3t", app.config().get(Config.SECRET_KEY));
    assertTrue(app.debug()); // set in code, and by nothing later
    assertEquals(Optional.empty(), app.config().find("PORT"));
  }

  @Test
  void aBadValueExitsWithStatus2AndTheMessageBeforeServing() {
    Run run = run(new String[] {"--port", "0"}, Map.of("CARAFE_MAX_CONTENT_LENGTH", "lots"));
    assertEquals(2, run.status());
    assertEquals("Error: CARAFE_MAX_CONTENT_LENGTH: MAX_CONTENT_LENGTH must be a whole number of"
        + " bytes, got 'lots'\n", run.err());
    assertEquals("", run.out(), "nothing served, so no 'Running on' line");
  }

  @Test
  void aBadConfigFileExitsWithStatus2NamingIt() throws Exception {
    Path yaml = file("shop.yaml", "DEBUG: true\n");
    Run run = run(new String[] {"--port", "0", "--config", yaml.toString()}, Map.of());
    assertEquals(2, run.status());
    assertEquals("Error: " + yaml + ": Carafe reads configuration from .properties and .json"
        + " files, not .yaml files\n", run.err());

    Path missing = dir.resolve("missing.json");
    run = run(new String[] {"--port", "0"}, Map.of("CARAFE_CONFIG", missing.toString()));
    assertEquals(2, run.status());
    assertEquals("Error: " + missing + ": no such configuration file\n", run.err());

    Path bad = file("bad.properties", "DEBUG=true\nSESSION_COOKIE_SAMESITE=sometimes\n");
    assertEquals(bad + ":2: SESSION_COOKIE_SAMESITE must be Lax, Strict or None, got 'sometimes'",
        assertThrows(ConfigException.class,
            () -> configure(new String[] {"--config", bad.toString()}, Map.of())).getMessage());
  }

  @Test
  void aSecretsValueIsNotPrintedWithItsError() {
    Run run = run(new String[] {"--port", "0"},
        Map.of("CARAFE_SECRET_KEY_FALLBACKS", "[\"hunter2\", 7]"));
    assertEquals(2, run.status());
    assertTrue(run.err().startsWith("Error: CARAFE_SECRET_KEY_FALLBACKS: SECRET_KEY_FALLBACKS"),
        run.err());
    assertFalse(run.err().contains("hunter2"), run.err());
  }

  @Test
  void aUsageErrorExitsWithStatus2AndTheUsage() {
    Run run = run(new String[] {"--config"}, Map.of());
    assertEquals(2, run.status());
    assertEquals(LaunchOptions.usage("Fixture") + "\nError: --config needs a value\n", run.err());
  }

  @Test
  void helpAndRoutesNeitherConfigureNorServe() {
    AtomicInteger made = new AtomicInteger();
    Map<String, String> badEnv = Map.of("CARAFE_DEBUG", "maybe");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    assertEquals(new Launcher.Outcome(0, false), Launcher.run("Fixture", new String[] {"--help"},
        badEnv, () -> {
          made.incrementAndGet();
          return FixtureApp.create();
        }, app -> app, List.of(), print, print));
    assertEquals(LaunchOptions.usage("Fixture"), text(out));
    assertEquals(0, made.get());
    assertEquals(0, run(new String[] {"--routes"}, badEnv).status());
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void theServedAppAnswersWithinTheConfiguredLimits() throws Exception {
    Map<String, String> env = Map.of("CARAFE_MAX_CONTENT_LENGTH", "4");
    LaunchOptions options = LaunchOptions.parse(new String[] {"--port", "0"}, env);
    App app = Launcher.configure(FixtureApp.create(), options, env);
    try (Server server = Launcher.start("Fixture", app, options,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> small = client.send(HttpRequest.newBuilder(server.uri().resolve("/items"))
          .POST(HttpRequest.BodyPublishers.ofString("1234")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(201, small.statusCode());
      assertEquals("created 1234", small.body());
      HttpResponse<String> large = client.send(HttpRequest.newBuilder(server.uri().resolve("/items"))
          .POST(HttpRequest.BodyPublishers.ofString("12345")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(413, large.statusCode());
    }
  }
}
