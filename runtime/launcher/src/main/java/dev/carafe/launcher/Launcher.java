package dev.carafe.launcher;

import dev.carafe.App;
import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs an application from the command line, like {@code flask run}; the generated
 * {@code ...Main} class of an application calls {@link #main}.
 *
 * <pre>
 * java -jar shop.jar --host 0.0.0.0 --port 8000
 * java -jar shop.jar --routes
 * </pre>
 *
 * <p>Options: {@code --host HOST} (default 127.0.0.1, or the environment's {@code CARAFE_HOST}),
 * {@code --port PORT} (default 8080, or {@code CARAFE_PORT}; 0 for any free port),
 * {@code --routes} to print the rule table and exit, {@code --help}. A flag wins over the
 * environment. {@code CARAFE_VIRTUAL_THREADS=true} runs each request on a virtual thread of its
 * own (JDK 21 and later) rather than on Undertow's worker pool. A bad option prints the usage to standard error and exits with status 2. The
 * server stops gracefully when the JVM is asked to shut down (CTRL+C).
 */
public final class Launcher {
  private Launcher() {}

  /**
   * Parses {@code args} and the environment, then lists the routes or serves the application.
   *
   * @param appName the application's name, for messages
   * @param args the command line
   * @param app makes the application; called only when it is needed
   */
  public static void main(String appName, String[] args, Supplier<App> app) {
    main(appName, args, app, application -> application);
  }

  /**
   * As {@link #main(String, String[], Supplier)}, serving the application wrapped in middleware:
   * the generated main class calls this when the application class declares a
   * {@code Middleware}.
   *
   * @param serve wraps the application in the layers it is served through
   */
  public static void main(String appName, String[] args, Supplier<App> app,
      Function<App, Gateway> serve) {
    main(appName, args, app, serve, false);
  }

  /**
   * As {@link #main(String, String[], Supplier, Function)}, for an application declared
   * {@code @Application(nonBlocking = true)}: see {@link Server.Builder#nonBlocking(boolean)}.
   *
   * @param nonBlocking whether the application never blocks
   */
  public static void main(String appName, String[] args, Supplier<App> app,
      Function<App, Gateway> serve, boolean nonBlocking) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, System.getenv());
    } catch (LaunchOptions.UsageException e) {
      System.err.print(LaunchOptions.usage(appName));
      System.err.println();
      System.err.println("Error: " + e.getMessage());
      System.exit(2);
      return;
    }
    if (options.help()) {
      System.out.print(LaunchOptions.usage(appName));
      return;
    }
    if (options.routes()) {
      System.out.print(app.get().routeTable());
      return;
    }
    Server server;
    try {
      server = start(appName, serve.apply(app.get()), options, nonBlocking, System.out);
    } catch (UncheckedIOException e) {
      System.err.println("Error: " + e.getMessage());
      System.exit(1);
      return;
    }
    // Undertow's I/O threads keep the JVM alive; this hook lets requests in flight finish.
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "carafe-shutdown"));
  }

  /** Starts serving {@code gateway} as {@code options} say and prints where, as flask run does. */
  static Server start(String appName, Gateway gateway, LaunchOptions options, PrintStream out) {
    return start(appName, gateway, options, false, out);
  }

  /** Starts serving {@code gateway}, on the I/O threads where it never blocks. */
  static Server start(String appName, Gateway gateway, LaunchOptions options, boolean nonBlocking,
      PrintStream out) {
    Server server = Server.builder(gateway).host(options.host()).port(options.port())
        .nonBlocking(nonBlocking).start();
    out.println(" * Serving Carafe app '" + appName + "'");
    out.println(" * Running on " + server.uri() + " (Press CTRL+C to quit)");
    return server;
  }
}
