package dev.carafe.reload;

import dev.carafe.App;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import dev.carafe.launcher.Launcher;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One build of the application, loaded in a class loader of its own and served until the next
 * one replaces it.
 *
 * <p>The loader's parent is the reloader's: Carafe's runtime, the server and the gateway types
 * are shared by every generation (the server holds a gateway across them), while the
 * application's classes and the dependencies the reloader does not hold (a connection pool, a
 * database driver) are loaded anew, so no static state of one generation is seen by the next.
 * Each request runs with the generation's loader as the thread's context loader, where libraries
 * look for drivers and resources. A generation that is replaced is closed ({@link #retire}): its
 * application's {@code @Shutdown} methods close what it opened, a pool for one.
 */
final class Generation implements Gateway {
  private static final int CLOSED = -1;

  private final int number;
  private final URLClassLoader loader;
  private final String appName;
  private final boolean debug;
  private final Gateway gateway;
  private final App app;
  /** What the reloader serves now: the generation or page that replaced this one, once it has. */
  private final Supplier<Gateway> successor;
  /**
   * Requests being answered (a streamed body until it is written), or {@link #CLOSED}: one
   * number, so that no request enters once the generation is closing.
   */
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean retired;

  private Generation(int number, URLClassLoader loader, String appName, App app,
      Gateway gateway, Supplier<Gateway> successor) {
    this.number = number;
    this.successor = successor;
    this.loader = loader;
    this.appName = appName;
    this.app = app;
    this.debug = app.debug();
    this.gateway = gateway;
  }

  /**
   * Loads {@code compilation} and runs its generated main, which the launcher configures from
   * {@code project}'s command line and hands back instead of serving.
   *
   * @param served what the reloader serves at the time of asking, which answers a request that
   *     reaches this generation after it was replaced and closed
   * @throws StartFailure when the application cannot be loaded or its main fails
   */
  static Generation start(int number, Compilation compilation, Project project,
      Supplier<Gateway> served) throws StartFailure {
    if (compilation.applications().size() != 1) {
      throw new StartFailure(compilation.applications().isEmpty()
          ? "No class is annotated @Application in " + project.sourceRoots()
          : "More than one class is annotated @Application: " + compilation.applications()
              + "; carafe:run serves one", null);
    }
    URLClassLoader loader = new URLClassLoader("carafe-generation-" + number,
        urls(compilation.classes(), project), Generation.class.getClassLoader());
    String mainClass = compilation.applications().get(0) + "Main";
    Hand hand = new Hand();
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      // The one reflective call: the generated main of a class loader made a moment ago.
      Method main = loader.loadClass(mainClass).getMethod("main", String[].class);
      String[] args = project.args().toArray(new String[0]);
      Launcher.hosted(hand, () -> invoke(main, args));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      closeQuietly(loader);
      Throwable cause = e instanceof Failed ? e.getCause() : e;
      throw new StartFailure("The application did not start: " + cause, cause);
    } finally {
      thread.setContextClassLoader(before);
    }
    if (hand.gateway == null) {
      closeQuietly(loader);
      throw new StartFailure(mainClass + ".main returned without serving the application", null);
    }
    return new Generation(number, loader, hand.appName, hand.app, hand.gateway, served);
  }

  private static void invoke(Method main, String[] args) {
    try {
      main.invoke(null, (Object) args);
    } catch (InvocationTargetException e) {
      throw new Failed(e.getCause());
    } catch (IllegalAccessException e) {
      throw new Failed(e);
    }
  }

  private static URL[] urls(Path classes, Project project) {
    List<Path> paths = new ArrayList<>();
    paths.add(classes);
    // The resource folders as they are: a static file is served as saved, without a copy.
    paths.addAll(project.resourceDirs());
    paths.addAll(project.runtimeClasspath());
    List<URL> urls = new ArrayList<>();
    for (Path path : paths) {
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new IllegalArgumentException("Not a class path entry: " + path, e);
      }
    }
    return urls.toArray(new URL[0]);
  }

  /** The application's name, as the banner says it. */
  String appName() {
    return appName;
  }

  /** Whether the application runs in debug mode. */
  boolean debug() {
    return debug;
  }

  /** Which build this is, counting from 1. */
  int number() {
    return number;
  }

  /**
   * Answers the request; or, when this generation was closed since the reloader read it as the
   * current one, has what replaced it answer.
   */
  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    for (int n = inFlight.get(); n != CLOSED; n = inFlight.get()) {
      if (inFlight.compareAndSet(n, n + 1)) {
        return answer(environ, startResponse);
      }
    }
    Gateway next = successor.get();
    if (next == this) {
      // Closed without a successor: carafe:run is stopping.
      byte[] body = "carafe:run is stopping\n".getBytes(StandardCharsets.UTF_8);
      startResponse.start(503, HeaderList.of("Content-Type", "text/plain; charset=utf-8",
          "Content-Length", Integer.toString(body.length)));
      return Body.of(body);
    }
    return next.call(environ, startResponse);
  }

  private Body answer(Environ environ, StartResponse startResponse) {
    boolean streaming = false;
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Body body = gateway.call(environ, startResponse);
      if (body instanceof Body.Stream) {
        streaming = true;
        return streamed((Body.Stream) body);
      }
      return body;
    } finally {
      thread.setContextClassLoader(before);
      if (!streaming) {
        leave();
      }
    }
  }

  /**
   * A streamed body keeps the generation in use until it is written, as it may read from what
   * the application opened (a query's rows); one that is never written keeps it open, as it
   * keeps the request's teardown hooks from running.
   */
  private Body streamed(Body.Stream stream) {
    return Body.stream(out -> {
      Thread thread = Thread.currentThread();
      ClassLoader before = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        stream.writer().writeTo(out);
      } finally {
        thread.setContextClassLoader(before);
        leave();
      }
    });
  }

  private void leave() {
    if (inFlight.decrementAndGet() == 0 && retired && inFlight.compareAndSet(0, CLOSED)) {
      // Not on the request's thread before its answer is sent: closing a pool may take a while.
      Thread closer = new Thread(this::close, "carafe-close-generation-" + number);
      closer.setDaemon(false);
      closer.start();
    }
  }

  /**
   * Stops taking this generation's part: it is closed, its application's {@code @Shutdown}
   * methods run and its class loader let go, once the requests it is answering are done (at
   * once, on this thread, when none is). The new generation is already serving by then: the
   * requests still on this one finish with their pool open and no request waits for a reload.
   */
  void retire() {
    retired = true;
    // Whichever of this and the last request's leave() sees no request in flight closes it.
    if (inFlight.compareAndSet(0, CLOSED)) {
      close();
    }
  }

  private void close() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    // The hooks run with the generation's loader, as its requests did: a driver's unregistering
    // and a pool's threads look there.
    thread.setContextClassLoader(loader);
    try {
      app.close();
    } finally {
      thread.setContextClassLoader(before);
      closeQuietly(loader);
    }
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // Only open jar files to let go of; the next generation does not need them.
    }
  }

  /** What the launcher hands over instead of serving. */
  private static final class Hand implements Launcher.Host {
    private String appName;
    private App app;
    private Gateway gateway;

    @Override
    public void serve(String appName, App app, Gateway gateway) {
      this.appName = appName;
      this.app = app;
      this.gateway = gateway;
    }
  }

  /** Carries what the main threw out of the {@link Runnable} the launcher runs. */
  private static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(Throwable cause) {
      super(cause);
    }
  }

  /** The application compiled but did not start. */
  static final class StartFailure extends Exception {
    private static final long serialVersionUID = 1L;

    StartFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
