package dev.carafe.launcher;

import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.config.ConfigException;
import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs an application from the command line, like {@code flask run}; the generated
 * {@code ...Main} class of an application calls {@link #main}.
 *
 * <pre>
 * java -jar shop.jar --host 0.0.0.0 --port 8000 --config shop.properties
 * java -jar shop.jar --routes
 * </pre>
 *
 * <p>Options: {@code --host HOST} (default 127.0.0.1, or the environment's {@code CARAFE_HOST}),
 * {@code --port PORT} (default 8080, or {@code CARAFE_PORT}; 0 for any free port),
 * {@code --config FILE} (or {@code CARAFE_CONFIG}), {@code --routes} to print the rule table and
 * exit, {@code --help}. A flag wins over the environment. {@code CARAFE_VIRTUAL_THREADS=true} runs
 * each request on a virtual thread of its own (JDK 21 and later) rather than on Undertow's worker
 * pool. A bad option prints the usage to standard error and exits with status 2.
 *
 * <p>Before it serves, the launcher configures the application ({@link dev.carafe.App#config()}):
 * on top of what the application's own code set, the keys of the {@code --config} file
 * ({@code .properties} or {@code .json}), then every {@code CARAFE_<KEY>} variable of the
 * environment, as Flask's {@code from_file} and {@code from_prefixed_env}. A value a key does not
 * take, or a file that cannot be read, prints {@code Error: } and the {@link ConfigException}'s
 * message to standard error and exits with status 2, before anything listens. The server stops
 * gracefully when the JVM is asked to shut down (CTRL+C).
 */
public final class Launcher {
  private Launcher() {}

  /**
   * Parses {@code args} and the environment, then lists the routes or configures and serves the
   * application.
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
    int status = run(appName, args, System.getenv(), app, serve, nonBlocking, System.out,
        System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * What {@link #main} does short of exiting: prints the usage or the routes, or configures the
   * application and starts serving it, with a shutdown hook that stops the server.
   *
   * @return the status to exit with: 0 when done or serving, 2 for a usage or configuration
   *     error, 1 when the server could not start
   */
  static int run(String appName, String[] args, Map<String, String> env, Supplier<App> app,
      Function<App, Gateway> serve, boolean nonBlocking, PrintStream out, PrintStream err) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, env);
    } catch (LaunchOptions.UsageException e) {
      err.print(LaunchOptions.usage(appName));
      err.println();
      err.println("Error: " + e.getMessage());
      return 2;
    }
    if (options.help()) {
      out.print(LaunchOptions.usage(appName));
      return 0;
    }
    if (options.routes()) {
      out.print(app.get().routeTable());
      return 0;
    }
    App configured;
    try {
      configured = configure(app.get(), options, env);
    } catch (ConfigException e) {
      err.println("Error: " + e.getMessage());
      return 2;
    }
    Server server;
    try {
      server = start(appName, serve.apply(configured), options, nonBlocking, out);
    } catch (UncheckedIOException e) {
      err.println("Error: " + e.getMessage());
      return 1;
    }
    // Undertow's I/O threads keep the JVM alive; this hook lets requests in flight finish.
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "carafe-shutdown"));
    return 0;
  }

  /**
   * {@code app} with its configuration, then the {@code --config} file's keys, then the
   * {@code CARAFE_} environment's, each over the one before.
   *
   * @throws ConfigException when the file cannot be read or a value is not one its key takes
   */
  static App configure(App app, LaunchOptions options, Map<String, String> env) {
    Config.Builder config = app.config().toBuilder();
    if (options.config() != null) {
      config.fromFile(options.config());
    }
    return app.withConfig(config.fromPrefixedEnv(env).build());
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
