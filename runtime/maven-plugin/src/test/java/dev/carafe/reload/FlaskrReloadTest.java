package dev.carafe.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flaskr, the sample application, copied from {@code sample-app/src/main} and served by the
 * reloader as {@code mvn carafe:run} serves it: its pages, templates and database work in a
 * reloaded generation, editing its {@code /hello} view is served again, and the pool of each
 * generation replaced is closed (its SQLite connections counted in {@code /proc/self/fd}). The time from each
 * save to the first answer with the change is written to {@code target/reload-times.txt} (a
 * measure for the README, not a limit the test holds it to).
 */
class FlaskrReloadTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final int EDITS = 10;

  @TempDir
  Path project;

  private final HttpClient http = HttpClient.newHttpClient();
  private Reloader reloader;

  @AfterEach
  void stop() {
    if (reloader != null) {
      reloader.close();
    }
  }

  @Test
  void editsOfFlaskrAreServedAfterEachSave() throws Exception {
    copy(Path.of("../../sample-app/src/main"), project.resolve("src/main"));
    Path config = project.resolve("flaskr.properties");
    Path database = project.resolve("instance/flaskr.sqlite");
    Files.writeString(config, "DATABASE=" + database + "\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reloader = Reloader.start(new Project(List.of(project.resolve("src/main/java")),
        List.of(project.resolve("src/main/resources")), ReloaderTest.testClasspath(), List.of(),
        project.resolve("target/carafe-run"),
        List.of("--debug", "--port", "0", "--config", config.toString()), "127.0.0.1", 0),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    try {
    URI hello = reloader.uri().resolve("/hello");
    assertEquals("Hello, World!", get(hello).body());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(" * Serving Carafe app 'Flaskr'\n"));

    Path flaskr = project.resolve("src/main/java/dev/carafe/flaskr/Flaskr.java");
    String source = Files.readString(flaskr);
    List<Long> millis = new ArrayList<>();
    for (int edit = 1; edit <= EDITS; edit++) {
      String greeting = "Hello, edit " + edit + "!";
      long saved = System.nanoTime();
      Files.writeString(flaskr, source.replace("\"Hello, World!\"", "\"" + greeting + "\""));
      HttpResponse<String> served = awaitBody(hello, greeting);
      millis.add((System.nanoTime() - saved) / 1_000_000);
      assertEquals(200, served.statusCode());
      // Every generation opens its pool, which holds its connections until it is closed.
      assertEquals(200, get(reloader.uri()).statusCode());
    }
    if (OpenFiles.countable()) {
      // The generations replaced closed their pools (Db.closePool, @Shutdown): only the one
      // serving holds connections to the file, at most its pool's four, not one pool per edit.
      awaitAtMostOnePool(database);
    }

    HttpResponse<String> index = get(reloader.uri());
    assertEquals(200, index.statusCode());
    assertTrue(index.body().contains("<title>Posts - Flaskr</title>"), index.body());
    assertEquals(200, get(reloader.uri().resolve("/auth/register")).statusCode());
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/reload-times.txt"), "Flaskr, save to served (ms), "
        + EDITS + " edits of Flaskr.hello: " + millis + "\n");

    // Stopping (CTRL+C on mvn carafe:run) closes the last one.
    reloader.close();
    reloader = null;
    if (OpenFiles.countable()) {
      assertEquals(0, OpenFiles.on(database));
    }
    } finally {
      System.out.print(out.toString(StandardCharsets.UTF_8));
    }
  }

  private static void awaitAtMostOnePool(Path database) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    long open = OpenFiles.on(database);
    while (open > 4) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(open + " connections to " + database + " after " + EDITS
            + " reloads: the replaced generations' pools were not closed");
      }
      Thread.sleep(20);
      open = OpenFiles.on(database);
    }
    assertTrue(open >= 1, "the serving generation's pool holds a connection");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> awaitBody(URI uri, String body) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpResponse<String> response = get(uri);
    while (!response.body().equals(body)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Still " + response.statusCode() + " " + response.body());
      }
      Thread.sleep(5);
      response = get(uri);
    }
    return response;
  }
}
