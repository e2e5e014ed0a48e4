package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar and the class-data-sharing archive that the build writes beside it
 * ({@code src/build/ArchiveTraining.java}), started as README's "Fast start" says. That the archive
 * is used is read from the JVM's own class-loading log, not from a time: the application's
 * classes come from the "shared objects file", and with {@code -Xshare:on} a JVM that cannot map
 * the archive refuses to start at all.
 */
class FlaskrArchiveIT {
  private static final Path JAR = Path.of("target/carafe-sample-app.jar").toAbsolutePath();
  private static final Path ARCHIVE = Path.of("target/carafe-sample-app.jsa").toAbsolutePath();

  @TempDir
  Path folder;

  @Test
  void theBuildWritesAnArchiveThatTheJarStartsFrom() throws Exception {
    assertTrue(Files.size(ARCHIVE) > 0, "the build wrote " + ARCHIVE);
    try (Server server = Server.start(folder, JAR, "-Xshare:on")) {
      HttpResponse<String> hello = server.get("/hello");
      assertEquals(200, hello.statusCode());
      assertEquals("Hello, World!", hello.body());
      assertEquals(200, server.get("/").statusCode());
      String log = server.log();
      assertTrue(
          log.contains("dev.carafe.flaskr.FlaskrApp source: shared objects file"),
          "Flaskr's classes are mapped from the archive:\n" + excerpt(log, "FlaskrApp "));
      assertTrue(
          log.contains("io.undertow.Undertow source: shared objects file"),
          "so are the server's:\n" + excerpt(log, "io.undertow.Undertow "));
    }
  }

  @Test
  void aJarMovedAwayFromItsArchiveStillServesAndTheJvmSaysWhy() throws Exception {
    // An archive belongs to the jar at the path it was made for, as it was then: a copy elsewhere
    // (or another JDK) gets a warning and an ordinary start, never a failed one.
    Path moved = Files.createDirectories(folder.resolve("moved")).resolve("flaskr.jar");
    Files.copy(JAR, moved);
    try (Server server = Server.start(folder, moved)) {
      assertEquals(200, server.get("/hello").statusCode());
      String log = server.log();
      assertTrue(
          log.contains("Unable to use shared archive"),
          "the JVM says why it did not use the archive:\n" + excerpt(log, "cds"));
      assertTrue(
          log.contains("dev.carafe.flaskr.FlaskrApp source: file:" + moved),
          "Flaskr's classes come from the moved jar:\n" + excerpt(log, "FlaskrApp "));
    }
  }

  private static String excerpt(String log, String term) {
    List<String> lines = new ArrayList<>();
    for (String line : log.split("\n")) {
      if (line.contains(term) && lines.size() < 20) {
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  /** The jar in a process of its own, as a user starts it, with the class-loading log on. */
  private static final class Server implements AutoCloseable {
    private static final Pattern RUNNING_ON = Pattern.compile("Running on (http://\\S+?)/? ");
    private final Process process;
    private final Path log;
    private final URI base;
    private final HttpClient client = HttpClient.newHttpClient();

    private Server(Process process, Path log, URI base) {
      this.process = process;
      this.log = log;
      this.base = base;
    }

    static Server start(Path folder, Path jar, String... jvmOptions) throws Exception {
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(List.of(jvmOptions));
      command.addAll(
          List.of(
              "-XX:SharedArchiveFile=" + ARCHIVE,
              "-Xlog:class+load",
              "-jar",
              jar.toString(),
              "--port",
              "0"));
      Path log = folder.resolve("server.log");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .directory(folder.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("CARAFE_"));
      Process process = builder.start();
      // A bound on a hang, not a measure: a start takes about a second.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        Matcher running = RUNNING_ON.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (running.find()) {
          return new Server(process, log, URI.create(running.group(1)));
        }
        if (!process.isAlive()) {
          throw new AssertionError("the jar did not start:\n" + Files.readString(log));
        }
        Thread.sleep(50);
      }
      process.destroyForcibly();
      throw new AssertionError("the jar did not start in 60 s:\n" + Files.readString(log));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    String log() throws IOException {
      return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
