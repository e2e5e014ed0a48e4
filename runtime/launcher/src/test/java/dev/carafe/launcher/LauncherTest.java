package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.FixtureApp;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LauncherTest {
  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void startServesTheAppAndPrintsWhereLikeFlaskRun() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    LaunchOptions options = LaunchOptions.parse(new String[] {"--port", "0"}, Map.of());
    try (Server server = Launcher.start("Fixture", FixtureApp.create(), options,
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      assertEquals(" * Serving Carafe app 'Fixture'\n"
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
}
