package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.App;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The launcher closes the application ({@code @Shutdown} methods) once it is done with it: after
 * the server drained, after a command, and when it does not serve it after all.
 */
class ApplicationCloseTest {
  private final List<String> trail = new CopyOnWriteArrayList<>();
  private final CountDownLatch entered = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  /** An application whose {@code /slow} waits for the test, and whose shutdown hook says so. */
  private App app() {
    return TestApps.app(Lifecycle.builder()
            .shutdown("Pool.close()", closing -> trail.add("pool closed"))
            .build(),
        TestApps.get("index", "/", request -> Response.text("hello")),
        TestApps.get("slow", "/slow", request -> {
          entered.countDown();
          release.await();
          trail.add("slow request done");
          return Response.text("slow");
        }));
  }

  private Launcher.Outcome run(List<AppCommand> commands, Map<String, String> env,
      String... args) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return Launcher.run("Shop", args, env, this::app, app -> app, commands, sink, sink);
  }

  @Test
  @Timeout(60) // a hang guard, not a performance bound
  void theApplicationIsClosedOnlyAfterTheServerLetTheRequestInFlightFinish() throws Exception {
    App app = app();
    LaunchOptions options = LaunchOptions.parse(new String[] {"--port", "0"}, Map.of());
    Server server = Launcher.start("Shop", app, options,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newHttpClient();
    CompletableFuture<HttpResponse<String>> slow = client.sendAsync(
        HttpRequest.newBuilder(server.uri().resolve("/slow")).build(),
        HttpResponse.BodyHandlers.ofString());
    entered.await();

    Thread stopping = new Thread(Launcher.stopThenClose(server, app), "test-shutdown");
    stopping.start();
    // Draining has begun once a new request is turned away; only then is the slow one let go.
    int status = 200;
    while (status == 200) {
      status = client.send(HttpRequest.newBuilder(server.uri()).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    }
    assertEquals(503, status);
    assertEquals(List.of(), trail);
    release.countDown();
    stopping.join();

    assertEquals("slow", slow.get().body());
    assertEquals(List.of("slow request done", "pool closed"), trail);
  }

  @Test
  void aCommandClosesTheApplicationAfterItRan() {
    AppCommand seed = new AppCommand("seed", "", (app, out, args) -> {
      trail.add("seeded");
      return 0;
    });
    Launcher.Outcome outcome = run(List.of(seed), Map.of(), "seed");
    assertEquals(new Launcher.Outcome(0, true), outcome);
    assertEquals(List.of("seeded", "pool closed"), trail);
  }

  @Test
  void aCommandThatFailsClosesTheApplicationToo() {
    AppCommand seed = new AppCommand("seed", "", (app, out, args) -> {
      throw new IllegalStateException("no database");
    });
    assertEquals(new Launcher.Outcome(1, true), run(List.of(seed), Map.of(), "seed"));
    assertEquals(List.of("pool closed"), trail);
  }

  @Test
  void listingTheRoutesClosesTheApplicationItMade() {
    assertEquals(new Launcher.Outcome(0, false), run(List.of(), Map.of(), "--routes"));
    assertEquals(List.of("pool closed"), trail);
  }

  @Test
  void anApplicationNotServedForABadConfigurationIsClosed() {
    Launcher.Outcome outcome = run(List.of(), Map.of("CARAFE_MAX_CONTENT_LENGTH", "lots"),
        "--port", "0");
    assertEquals(new Launcher.Outcome(2, false), outcome);
    assertEquals(List.of("pool closed"), trail);
  }

  @Test
  void anApplicationNotServedOnAPublicAddressInDebugModeIsClosed() {
    Launcher.Outcome outcome = run(List.of(), Map.of(), "--debug", "--host", "0.0.0.0");
    assertEquals(new Launcher.Outcome(2, false), outcome);
    assertEquals(List.of("pool closed"), trail);
  }

  @Test
  void aHostedApplicationThatIsRefusedIsClosed() {
    Launcher.Host host = (appName, app, gateway) -> trail.add("served");
    try {
      Launcher.hosted(host, () -> Launcher.main("Shop", new String[] {"--debug", "--host",
          "0.0.0.0"}, this::app, app -> app));
    } catch (IllegalArgumentException expected) {
      trail.add("refused");
    }
    assertEquals(List.of("pool closed", "refused"), trail);
  }
}
