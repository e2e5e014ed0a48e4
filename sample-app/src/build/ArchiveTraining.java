import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the class-data-sharing archive of an application's jar at build time: starts
 * {@code java -XX:ArchiveClassesAtExit=ARCHIVE -jar JAR --port 0} in a fresh folder, sends it the
 * given requests, stops it as a service manager would (SIGTERM), and checks that the archive was
 * written. The archive then holds every class the start and those requests loaded, parsed and
 * verified, and {@code java -XX:SharedArchiveFile=ARCHIVE -jar JAR} maps them instead of loading
 * them again.
 *
 * <p>Run by Maven in the {@code package} phase as a single-file program, with the {@code java} that
 * runs Maven: an archive belongs to one JDK build and to the jar at its path, so it is made by the
 * JDK that made the jar.
 *
 * <pre>
 * java ArchiveTraining.java JAR ARCHIVE WORKDIR "GET /hello" "POST /auth/login username=a&amp;password=b" ...
 * </pre>
 *
 * <p>A request answered with a 5xx, a server that does not start or does not stop, or a missing
 * archive fails the build: an archive of a broken start would only hide the breakage.
 */
public final class ArchiveTraining {
  private static final Pattern RUNNING_ON = Pattern.compile("Running on (http://\\S+?)/? ");
  private static final Duration START_LIMIT = Duration.ofSeconds(60);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

  private ArchiveTraining() {}

  /**
   * Trains and writes the archive.
   *
   * @param args the jar, the archive to write, a folder for the run (emptied first), then the
   *     requests: a method, a path and, for a form, its url-encoded body
   */
  public static void main(String[] args) throws Exception {
    try {
      train(args);
    } catch (TrainingFailed e) {
      System.err.println("ArchiveTraining: " + e.getMessage());
      System.exit(1);
    }
  }

  private static void train(String[] args) throws IOException, InterruptedException {
    if (args.length < 4) {
      throw fail("usage: java ArchiveTraining.java JAR ARCHIVE WORKDIR 'METHOD /path [form]'...");
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path archive = Path.of(args[1]).toAbsolutePath();
    Path workdir = Path.of(args[2]).toAbsolutePath();
    List<String> requests = List.of(args).subList(3, args.length);

    deleteRecursively(workdir);
    Files.createDirectories(workdir);
    // The JVM writes the archive read-only: remove the last build's so the new one can be written.
    Files.deleteIfExists(archive);
    Path log = workdir.resolve("server.log");

    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ArchiveClassesAtExit=" + archive,
                "-jar",
                jar.toString(),
                "--port",
                "0")
            .directory(workdir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // The same run on every machine: a developer's CARAFE_DATABASE or CARAFE_SERVER must not
    // decide what the archive holds.
    builder.environment().keySet().removeIf(name -> name.startsWith("CARAFE_"));
    Process server = builder.start();
    try {
      URI base = awaitStart(server, log);
      HttpClient client =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      for (String request : requests) {
        send(client, base, request, log);
      }
    } finally {
      server.destroy(); // SIGTERM: the shutdown hooks run, then the JVM writes the archive.
      if (!server.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        server.destroyForcibly();
        throw fail("the server did not stop within " + STOP_LIMIT.toSeconds() + " s of SIGTERM", log);
      }
    }
    if (!Files.isRegularFile(archive) || Files.size(archive) == 0) {
      throw fail("the JVM wrote no archive at " + archive, log);
    }
    System.out.printf(
        "Class-data-sharing archive %s (%,d KiB) from a start and %d requests%n",
        archive, Files.size(archive) / 1024, requests.size());
  }

  private static URI awaitStart(Process server, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(log)) {
        Matcher running = RUNNING_ON.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (running.find()) {
          return URI.create(running.group(1));
        }
      }
      if (!server.isAlive()) {
        throw fail("the server exited with status " + server.exitValue() + " before it served", log);
      }
      Thread.sleep(50);
    }
    throw fail("the server did not say where it runs within " + START_LIMIT.toSeconds() + " s", log);
  }

  private static void send(HttpClient client, URI base, String request, Path log)
      throws IOException, InterruptedException {
    String[] parts = request.split(" ", 3);
    if (parts.length < 2) {
      throw fail("a request is 'METHOD /path [form]', not '" + request + "'");
    }
    HttpRequest.BodyPublisher body =
        parts.length == 3
            ? HttpRequest.BodyPublishers.ofString(parts[2])
            : HttpRequest.BodyPublishers.noBody();
    HttpRequest.Builder http =
        HttpRequest.newBuilder(URI.create(base + parts[1]))
            .timeout(Duration.ofSeconds(30))
            .method(parts[0], body);
    if (parts.length == 3) {
      http.header("Content-Type", "application/x-www-form-urlencoded");
    }
    HttpResponse<Void> response = client.send(http.build(), HttpResponse.BodyHandlers.discarding());
    if (response.statusCode() >= 500) {
      throw fail(request + " answered " + response.statusCode(), log);
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static TrainingFailed fail(String message, Path log) throws IOException {
    List<String> lines = Files.exists(log) ? Files.readAllLines(log) : new ArrayList<>();
    throw fail(message + "\n--- the server's output (" + log + "):\n" + String.join("\n", lines));
  }

  private static TrainingFailed fail(String message) {
    throw new TrainingFailed(message);
  }

  /** Why no archive was written; the build stops with this message. */
  private static final class TrainingFailed extends RuntimeException {
    TrainingFailed(String message) {
      super(message);
    }
  }
}
