package dev.carafe.reload;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.StartResponse;
import dev.carafe.server.Server;
import dev.carafe.server.undertow.UndertowServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Serves an application from its sources and serves it anew after each change, on one server
 * whose port stays bound: {@code mvn carafe:run}, Carafe's {@code flask run --debug}.
 *
 * <pre>{@code
 * try (Reloader reloader = Reloader.start(project, System.out, System.err)) {
 *   System.out.println(reloader.uri());
 *   Thread.currentThread().join();
 * }
 * }</pre>
 *
 * <p>Each build compiles every source with Carafe's processor into a folder of its own, loads it
 * in a class loader of its own ({@link Generation}) and runs its generated main, configured by the
 * launcher as {@code java -jar} would be; the new application then takes the next request, while
 * requests the previous one is answering finish there, after which the previous one is closed
 * (its {@code @Shutdown} methods: {@link Generation#retire}). A build that does not compile, or an
 * application that does not start, prints javac's errors (or the trace) to the terminal and
 * answers every request with a page saying what and where ({@link BrokenBuildPage}) until a build
 * succeeds. Changes come from {@link SourceWatcher}, a burst of them making one build.
 */
public final class Reloader implements AutoCloseable {
  /** How long after the last change in a burst the build starts. */
  private static final Duration QUIET = Duration.ofMillis(50);

  private final Project project;
  private final PrintStream out;
  private final PrintStream err;
  private final ApplicationCompiler compiler;
  /** The generation being served, or the page of a build that does not serve. */
  private volatile Gateway current;
  private Generation generation;
  private int builds;
  private Server server;
  private SourceWatcher watcher;

  private Reloader(Project project, PrintStream out, PrintStream err) {
    this.project = project;
    this.out = out;
    this.err = err;
    this.compiler = new ApplicationCompiler(project);
  }

  /**
   * Builds and serves the application, prints the banner, and starts watching its sources and
   * resources.
   *
   * @throws UncheckedIOException when the server cannot listen, or the work folder cannot be made
   */
  public static Reloader start(Project project, PrintStream out, PrintStream err) {
    Reloader reloader = new Reloader(project, out, err);
    reloader.clearWorkDir();
    reloader.build();
    reloader.server = UndertowServer.builder(reloader::serve).host(project.host())
        .port(project.port()).start();
    reloader.banner();
    List<Path> watched = new ArrayList<>(project.sourceRoots());
    watched.addAll(project.resourceDirs());
    reloader.watcher = new SourceWatcher(watched, QUIET, reloader::rebuild);
    return reloader;
  }

  /** Where the application is served. */
  public URI uri() {
    return server.uri();
  }

  /**
   * Stops watching, stops the server (the requests in flight finish) and closes the last
   * generation.
   */
  @Override
  public synchronized void close() {
    if (watcher != null) {
      watcher.close();
    }
    if (server != null) {
      server.stop();
    }
    if (generation != null) {
      generation.retire();
      generation = null;
    }
    compiler.close();
  }

  private Body serve(Environ environ, StartResponse startResponse) {
    return current.call(environ, startResponse);
  }

  private void banner() {
    Generation first = generation;
    out.println(first == null ? " * Serving Carafe app (not built yet: see the errors above)"
        : " * Serving Carafe app '" + first.appName() + "'");
    out.println(" * Debug mode: " + (first == null || first.debug() ? "on" : "off"));
    out.println(" * Reload: on, watching " + String.join(", ", watchedNames()));
    out.println(" * Server: undertow");
    out.println(" * Running on " + server.uri() + " (Press CTRL+C to quit)");
  }

  private List<String> watchedNames() {
    List<String> names = new ArrayList<>();
    for (Path folder : project.sourceRoots()) {
      names.add(folder.toString());
    }
    for (Path folder : project.resourceDirs()) {
      names.add(folder.toString());
    }
    return names;
  }

  /** Says what changed, as Werkzeug's reloader does, and builds again. */
  private void rebuild(Set<Path> changed) {
    if (changed.isEmpty()) {
      out.println(" * Detected a change, reloading");
    } else {
      Path first = changed.iterator().next();
      out.println(" * Detected change in '" + first + "'"
          + (changed.size() > 1 ? " and " + (changed.size() - 1) + " more" : "") + ", reloading");
    }
    build();
  }

  /**
   * Compiles and starts a new generation and swaps it in; on failure, swaps the error page in.
   *
   * @return whether the application is being served
   */
  private synchronized boolean build() {
    builds++;
    long began = System.nanoTime();
    Compilation compilation = compiler.compile(project.workDir().resolve("build-" + builds));
    long compiled = System.nanoTime();
    Gateway next;
    Generation started = null;
    if (!compilation.succeeded()) {
      for (CompileError error : compilation.errors()) {
        err.println(error.terminalLine());
      }
      err.println(compilation.errors().size() == 1 ? "1 error"
          : compilation.errors().size() + " errors");
      next = BrokenBuildPage.compileErrors(compilation.errors());
    } else {
      try {
        started = Generation.start(builds, compilation, project, () -> current);
        next = started;
      } catch (Generation.StartFailure e) {
        err.println("Error: " + e.getMessage());
        if (e.getCause() != null) {
          e.getCause().printStackTrace(err);
        }
        next = BrokenBuildPage.startFailure(e);
      }
    }
    Generation previous = generation;
    current = next;
    generation = started;
    if (previous != null) {
      previous.retire();
    }
    if (started != null && builds > 1) {
      out.println(" * Reloaded in " + millis(began, System.nanoTime()) + " ms (compiled in "
          + millis(began, compiled) + " ms)");
    }
    return started != null;
  }

  private static long millis(long from, long to) {
    return (to - from) / 1_000_000;
  }

  private void clearWorkDir() {
    Path work = project.workDir();
    try {
      if (Files.isDirectory(work)) {
        try (Stream<Path> walk = Files.walk(work)) {
          for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
            Files.delete(path);
          }
        }
      }
      Files.createDirectories(work);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not clear " + work + ": " + e.getMessage(), e);
    }
  }
}
