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
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small application written to a temporary folder, served by the reloader on a free port, its
 * controller edited while it runs: the next requests see the change, then the compile-error page,
 * then the fixed application, on the same port.
 */
class ReloaderTest {
  /** How long a change may take to be served before the test gives up (not a measure). */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir
  Path project;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private Reloader reloader;
  private Path controller;

  @BeforeEach
  void writeTheApplication() throws IOException {
    Path hello = Files.createDirectories(project.resolve("src/main/java/hello"));
    Files.createDirectories(project.resolve("src/main/resources/static"));
    Files.writeString(hello.resolve("Hello.java"), """
        package hello;

        import dev.carafe.Application;

        @Application
        public class Hello {}
        """);
    controller = hello.resolve("Greetings.java");
    Files.writeString(controller, greetings("Hello, World!"));
    Files.writeString(project.resolve("src/main/resources/static/site.css"), "body{color:red}\n");
  }

  @AfterEach
  void stop() {
    if (reloader != null) {
      reloader.close();
    }
  }

  private static String greetings(String greeting) {
    return """
        package hello;

        import dev.carafe.Get;

        public class Greetings {
          @Get("/")
          public String index() {
            return "%s";
          }
        }
        """.formatted(greeting);
  }

  private void start() {
    start("--debug", "--port", "0");
  }

  private void start(String... args) {
    reloader = Reloader.start(new Project(List.of(project.resolve("src/main/java")),
        List.of(project.resolve("src/main/resources")), testClasspath(), List.of(),
        project.resolve("target/carafe-run"), List.of(args), "127.0.0.1", 0),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** The class path the tests run with: Carafe's runtime, as an application depends on it. */
  static List<Path> testClasspath() {
    String classpath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<Path> paths = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        paths.add(Path.of(entry));
      }
    }
    return paths;
  }

  @Test
  void anEditedControllerIsServedOnTheSamePort() throws Exception {
    start();
    URI uri = reloader.uri();
    HttpResponse<String> first = get(uri, "text/plain");
    assertEquals(200, first.statusCode());
    assertEquals("Hello, World!", first.body());

    Files.writeString(controller, greetings("Hello again!"));

    HttpResponse<String> changed = await(uri, "text/plain", r -> r.body().equals("Hello again!"));
    assertEquals(200, changed.statusCode());
    assertEquals(uri, reloader.uri());
    String banner = out.toString(StandardCharsets.UTF_8);
    assertTrue(banner.contains(" * Serving Carafe app 'Hello'\n"), banner);
    assertTrue(banner.contains(" * Debug mode: on\n"), banner);
    assertTrue(banner.contains(" * Reload: on, watching " + project.resolve("src/main/java")),
        banner);
    assertTrue(banner.contains(" * Running on " + uri), banner);
    assertTrue(banner.contains(" * Detected change in '" + controller + "', reloading\n"),
        banner);
  }

  @Test
  void aCompileErrorIsShownUntilItIsFixed() throws Exception {
    start();
    URI uri = reloader.uri();
    assertEquals("Hello, World!", get(uri, "text/plain").body());

    Files.writeString(controller, greetings("Hello\";\n    return 42;\n  //"));

    HttpResponse<String> page = await(uri, "text/html", r -> r.statusCode() == 500);
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(page.body().contains("<h1>1 compile error</h1>"), page.body());
    assertTrue(page.body().contains(controller + ", line 9</h2>"), page.body());
    assertTrue(page.body().contains("incompatible types: int cannot be converted to"
        + " java.lang.String"), page.body());
    assertTrue(page.body().contains("<span class=current><i>9</i>    return 42;</span>"),
        page.body());
    HttpResponse<String> text = get(uri, "*/*");
    assertEquals(500, text.statusCode());
    assertTrue(text.body().contains(controller + ":9: error: incompatible types"), text.body());
    assertTrue(err.toString(StandardCharsets.UTF_8)
        .contains(controller + ":9: error: incompatible types"), err.toString(StandardCharsets.UTF_8));

    Files.writeString(controller, greetings("Fixed!"));

    HttpResponse<String> fixed = await(uri, "text/plain", r -> r.statusCode() == 200);
    assertEquals("Fixed!", fixed.body());
  }

  @Test
  void aChangedStaticFileIsServedAsSaved() throws Exception {
    start();
    URI css = reloader.uri().resolve("/static/site.css");
    assertEquals("body{color:red}\n", get(css, "text/css").body());

    Files.writeString(project.resolve("src/main/resources/static/site.css"), "body{color:blue}\n");

    assertEquals("body{color:blue}\n",
        await(css, "text/css", r -> r.body().startsWith("body{color:blue}")).body());
  }

  @Test
  void aNewGenerationStartsFromFreshStaticState() throws Exception {
    Files.writeString(controller, counter("v1"));
    start();
    URI uri = reloader.uri();
    assertEquals("v1: 1", get(uri, "text/plain").body());
    assertEquals("v1: 2", get(uri, "text/plain").body());

    Files.writeString(controller, counter("v2"));

    // The new classes, in a loader of their own, count from the start again.
    assertEquals("v2: 1", await(uri, "text/plain", r -> r.body().startsWith("v2")).body());
  }

  private static String counter(String version) {
    return """
        package hello;

        import dev.carafe.Get;
        import java.util.concurrent.atomic.AtomicInteger;

        public class Greetings {
          private static final AtomicInteger REQUESTS = new AtomicInteger();

          @Get("/")
          public String index() {
            return "%s: " + REQUESTS.incrementAndGet();
          }
        }
        """.formatted(version);
  }

  /**
   * A controller whose {@code @Shutdown} method writes to {@code trail}, and whose {@code /slow}
   * answers once the file {@code release} exists.
   */
  private static String closing(String version, Path trail, Path release) {
    return """
        package hello;

        import dev.carafe.Get;
        import dev.carafe.Shutdown;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.nio.file.StandardOpenOption;

        public class Greetings {
          @Get("/")
          public String index() {
            return "%1$s";
          }

          @Get("/slow")
          public String slow() throws Exception {
            note("%1$s slow request started");
            for (int i = 0; i < 6000 && !Files.exists(Path.of("%3$s")); i++) {
              Thread.sleep(10);
            }
            note("%1$s slow request done");
            return "%1$s slow";
          }

          @Shutdown
          public static void close() throws Exception {
            note("%1$s closed");
          }

          private static void note(String line) throws Exception {
            Files.writeString(Path.of("%2$s"), line + "\\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
          }
        }
        """.formatted(version, trail, release);
  }

  private static String read(Path trail) throws IOException {
    return Files.exists(trail) ? Files.readString(trail) : "";
  }

  /** Reads {@code trail} again until it holds {@code line}, or gives up. */
  private void awaitLine(Path trail, String line) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!read(trail).contains(line + "\n")) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("No '" + line + "' in:\n" + read(trail) + "\nstderr:\n"
            + err.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(20);
    }
  }

  @Test
  void aReplacedGenerationIsClosedOnceTheNewOneServes() throws Exception {
    Path trail = project.resolve("trail.txt");
    Path release = project.resolve("release");
    Files.writeString(controller, closing("v1", trail, release));
    start();
    URI uri = reloader.uri();
    assertEquals("v1", get(uri, "text/plain").body());

    Files.writeString(controller, closing("v2", trail, release));

    await(uri, "text/plain", r -> r.body().equals("v2"));
    awaitLine(trail, "v1 closed");
    assertEquals("v1 closed\n", read(trail));

    // A build that does not compile closes the generation its error page replaces, too.
    Files.writeString(controller, greetings("Broken\";\n    return 42;\n  //"));
    await(uri, "text/plain", r -> r.statusCode() == 500);
    awaitLine(trail, "v2 closed");
    assertEquals("v1 closed\nv2 closed\n", read(trail));
  }

  @Test
  void aRequestInFlightFinishesBeforeItsGenerationIsClosed() throws Exception {
    Path trail = project.resolve("trail.txt");
    Path release = project.resolve("release");
    Files.writeString(controller, closing("v1", trail, release));
    start();
    URI uri = reloader.uri();
    CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
        HttpRequest.newBuilder(uri.resolve("/slow")).build(), HttpResponse.BodyHandlers.ofString());
    awaitLine(trail, "v1 slow request started");

    Files.writeString(controller, closing("v2", trail, release));
    await(uri, "text/plain", r -> r.body().equals("v2"));
    assertEquals("v1 slow request started\n", read(trail));

    Files.writeString(release, "");
    assertEquals("v1 slow", slow.get().body());
    awaitLine(trail, "v1 closed");
    assertEquals("v1 slow request started\nv1 slow request done\nv1 closed\n", read(trail));
  }

  @Test
  void stoppingTheReloaderClosesTheGenerationItServes() throws Exception {
    Path trail = project.resolve("trail.txt");
    Files.writeString(controller, closing("v1", trail, project.resolve("release")));
    start();
    assertEquals("v1", get(reloader.uri(), "text/plain").body());

    reloader.close();
    reloader = null;

    assertEquals("v1 closed\n", read(trail));
  }

  @Test
  void anApplicationThatDoesNotStartShowsWhy() throws Exception {
    start("--debug", "--port", "0", "--no-such-option");

    HttpResponse<String> page = get(reloader.uri(), "*/*");

    assertEquals(500, page.statusCode());
    assertTrue(page.body().startsWith("The application did not start\n"), page.body());
    assertTrue(page.body().contains("no such option: --no-such-option"), page.body());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(" * Serving Carafe app (not built"),
        out.toString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> get(URI uri, String accept) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Asks again until the answer is the one {@code expected} waits for, or gives up. */
  private HttpResponse<String> await(URI uri, String accept,
      Predicate<HttpResponse<String>> expected) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    HttpResponse<String> response = get(uri, accept);
    while (!expected.test(response)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Still " + response.statusCode() + " " + response.body()
            + "\nstdout:\n" + out.toString(StandardCharsets.UTF_8) + "\nstderr:\n"
            + err.toString(StandardCharsets.UTF_8));
      }
      Thread.sleep(50);
      response = get(uri, accept);
    }
    return response;
  }
}
