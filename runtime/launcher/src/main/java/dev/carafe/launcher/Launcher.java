package dev.carafe.launcher;

import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.config.ConfigException;
import dev.carafe.gateway.Gateway;
import dev.carafe.middleware.AccessLog;
import dev.carafe.server.Server;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs an application from the command line, like {@code flask run}; the generated
 * {@code ...Main} class of an application calls {@link #main}.
 *
 * <pre>
 * java -jar shop.jar --host 0.0.0.0 --port 8000 --config shop.properties
 * java -jar shop.jar --routes
 * java -jar shop.jar --config shop.properties init-db
 * </pre>
 *
 * <p>Options: {@code --host HOST} (default 127.0.0.1, or the environment's {@code CARAFE_HOST}),
 * {@code --port PORT} (default 8080, or {@code CARAFE_PORT}; 0 for any free port),
 * {@code --server undertow|jetty} (default Undertow, or {@code CARAFE_SERVER}),
 * {@code --config FILE} (or {@code CARAFE_CONFIG}), {@code --debug} for debug mode (setting the
 * {@code DEBUG} key over the file and the environment, as {@code flask run --debug}),
 * {@code --routes} to print the rule table and exit (in colour on a terminal), {@code --help}. A flag wins over the environment. {@code CARAFE_VIRTUAL_THREADS=true} runs
 * each request on a virtual thread of its own (JDK 21 and later) rather than on the server's
 * worker pool. A bad option prints the usage to standard error and exits with status 2.
 *
 * <p>Before it serves, the launcher configures the application ({@link dev.carafe.App#config()}):
 * on top of what the application's own code set, the keys of the {@code --config} file
 * ({@code .properties} or {@code .json}), then every {@code CARAFE_<KEY>} variable of the
 * environment, as Flask's {@code from_file} and {@code from_prefixed_env}. A value a key does not
 * take, or a file that cannot be read, prints {@code Error: } and the {@link ConfigException}'s
 * message to standard error and exits with status 2, before anything listens. The server's
 * settings are keys of the configuration too ({@code SERVER_WORKER_THREADS},
 * {@code SERVER_READ_TIMEOUT}, ...: {@link Config}), applied to the server's builder. The server
 * stops gracefully when the JVM is asked to shut down (CTRL+C, SIGTERM), within
 * {@code SERVER_DRAIN_TIMEOUT}; then the application is closed ({@link App#close()}: its
 * {@code @Shutdown} methods). It is closed after a command too, and when it is not served after
 * all (a bad configuration, a port in use).
 *
 * <p>In debug mode an unhandled exception is answered with the traceback page, each request is
 * logged to standard error (in colour on a terminal, unless {@code NO_COLOR} is set), and the
 * launcher refuses, with status 2, to listen on an address that is not a loopback one
 * ({@code 0.0.0.0}, a network's) unless {@code --allow-public-debug} or
 * {@code CARAFE_ALLOW_PUBLIC_DEBUG=true} says to.
 *
 * <p>An application's commands ({@link AppCommand}, the generated main's {@code @Command}
 * methods) run as {@code flask init-db} does: {@code java -jar shop.jar init-db [ARGS]...}
 * configures the application as above, runs the command and exits with its status (1, with
 * {@code Error: }, the message and the trace on standard error, when it throws); options go before
 * or after the command's name. {@code --help} lists the commands after the options, and a word
 * that names no command is a usage error.
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
    main(appName, args, app, serve, List.of());
  }

  /**
   * As {@link #main(String, String[], Supplier, Function)}, for an application with
   * commands: the generated main class calls this when the application class declares
   * {@code @Command} methods. After a command the JVM exits with the command's status, whatever
   * threads the command left running.
   *
   * @param commands the application's commands, in the order {@code --help} lists them
   * @throws IllegalArgumentException when two commands have one name
   */
  public static void main(String appName, String[] args, Supplier<App> app,
      Function<App, Gateway> serve, List<AppCommand> commands) {
    Host host = HOST.get();
    if (host != null) {
      hostedRun(host, appName, args, app, serve);
      return;
    }
    Outcome outcome = run(appName, args, System.getenv(), app, serve, commands,
        System.out, System.err);
    if (outcome.status() != 0 || outcome.ranCommand()) {
      System.out.flush();
      System.err.flush();
      System.exit(outcome.status());
    }
  }

  /**
   * Who serves an application instead of the launcher: a development tool that keeps one server
   * and swaps the application behind it (Carafe's reloader, {@code mvn carafe:run}).
   */
  public interface Host {
    /**
     * Serves {@code gateway}, the application configured and wrapped as the launcher would serve
     * it (its middleware, and in debug mode the request log). The host closes {@code app}
     * ({@link App#close()}) when it stops serving it, after the requests it is answering.
     *
     * @param appName the application's name, for the banner
     * @param app the configured application, whose {@link App#debug()} says the mode
     * @param gateway what to serve
     */
    void serve(String appName, App app, Gateway gateway);
  }

  /** The host of the current thread's {@link #hosted} call, if any. */
  private static final ThreadLocal<Host> HOST = new ThreadLocal<>();

  /**
   * Runs {@code main} (a generated main class's {@code main}, called by a development tool) so
   * that the launcher configures the application from the command line and the environment as
   * always, then hands it to {@code host} instead of starting a server, printing a banner, or
   * exiting the JVM. Only the calling thread's launches are hosted.
   *
   * @throws IllegalArgumentException when the command line is wrong, the configuration is bad, it
   *     names a command or {@code --routes}, or asks for debug mode on a public address; the
   *     message says why
   */
  public static void hosted(Host host, Runnable main) {
    Host before = HOST.get();
    HOST.set(host);
    try {
      main.run();
    } finally {
      if (before == null) {
        HOST.remove();
      } else {
        HOST.set(before);
      }
    }
  }

  private static void hostedRun(Host host, String appName, String[] args, Supplier<App> app,
      Function<App, Gateway> serve) {
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, System.getenv(), Set.of());
    } catch (LaunchOptions.UsageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (options.help() || options.routes() || options.command() != null) {
      throw new IllegalArgumentException("A hosted application is served: no --help, --routes"
          + " or command");
    }
    App made = app.get();
    App configured;
    try {
      configured = configure(made, options, System.getenv());
    } catch (ConfigException e) {
      made.close();
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    String refusal = publicDebugRefusal(configured, options);
    if (refusal != null) {
      configured.close();
      throw new IllegalArgumentException(refusal);
    }
    Terminal terminal = Terminal.detect(System.getenv());
    host.serve(appName, configured, served(configured, serve, terminal, System.err));
  }

  /**
   * How a run ended.
   *
   * @param status the status to exit with: 0 when done or serving, 2 for a usage or
   *     configuration error, 1 when the server could not start or a command failed, or the
   *     command's own
   * @param ranCommand whether a command ran, after which the JVM ends
   */
  record Outcome(int status, boolean ranCommand) {}

  /**
   * What {@link #main} does short of exiting: prints the usage or the routes, runs a command, or
   * configures the application and starts serving it, with a shutdown hook that stops the server.
   */
  static Outcome run(String appName, String[] args, Map<String, String> env, Supplier<App> app,
      Function<App, Gateway> serve, List<AppCommand> commands,
      PrintStream out, PrintStream err) {
    return run(appName, args, env, app, serve, commands, out, err,
        Terminal.detect(env));
  }

  /** As above, printing in colour or not as {@code terminal} says. */
  static Outcome run(String appName, String[] args, Map<String, String> env, Supplier<App> app,
      Function<App, Gateway> serve, List<AppCommand> commands,
      PrintStream out, PrintStream err, Terminal terminal) {
    Map<String, AppCommand> byName = byName(commands);
    LaunchOptions options;
    try {
      options = LaunchOptions.parse(args, env, byName.keySet());
    } catch (LaunchOptions.UsageException e) {
      err.print(LaunchOptions.usage(appName, commands));
      err.println();
      err.println("Error: " + e.getMessage());
      return new Outcome(2, false);
    }
    AppCommand command = options.command() == null ? null : byName.get(options.command());
    if (options.help()) {
      out.print(command == null ? LaunchOptions.usage(appName, commands)
          : LaunchOptions.usage(appName, command));
      return new Outcome(0, false);
    }
    if (options.routes()) {
      try (App listed = app.get()) {
        out.print(terminal.routes(listed.routeTable()));
      }
      return new Outcome(0, false);
    }
    // From here on, whatever the application's classes opened as they were made is closed
    // (App.close) on every way out but serving, whose shutdown hook closes it.
    App made = app.get();
    App configured;
    try {
      configured = configure(made, options, env);
    } catch (ConfigException e) {
      made.close();
      err.println("Error: " + e.getMessage());
      return new Outcome(2, false);
    }
    if (command != null) {
      try {
        return new Outcome(runCommand(command, configured, options.commandArgs(), out, err), true);
      } finally {
        configured.close();
      }
    }
    String refusal = publicDebugRefusal(configured, options);
    if (refusal != null) {
      configured.close();
      err.println("Error: " + refusal);
      return new Outcome(2, false);
    }
    Server server;
    try {
      server = start(appName, served(configured, serve, terminal, err), options,
          configured.config(), out);
    } catch (UncheckedIOException e) {
      configured.close();
      err.println("Error: " + e.getMessage());
      return new Outcome(1, false);
    }
    // The server's threads keep the JVM alive; this hook lets requests in flight finish.
    Runtime.getRuntime().addShutdownHook(new Thread(stopThenClose(server, configured),
        "carafe-shutdown"));
    return new Outcome(0, false);
  }

  /**
   * How a served application ends: the server stops taking requests and lets those in flight
   * finish (within {@code SERVER_DRAIN_TIMEOUT}), and only then is the application closed, so
   * that no request finds its pool closed under it.
   */
  static Runnable stopThenClose(Server server, App app) {
    return () -> {
      try {
        server.stop();
      } finally {
        app.close();
      }
    };
  }

  private static Map<String, AppCommand> byName(List<AppCommand> commands) {
    Map<String, AppCommand> byName = new LinkedHashMap<>();
    for (AppCommand command : commands) {
      if (byName.putIfAbsent(command.name(), command) != null) {
        throw new IllegalArgumentException("Two commands are named '" + command.name() + "'");
      }
    }
    return byName;
  }

  /**
   * Runs {@code command}; what it throws is printed as Flask prints a failed command, with the
   * trace, since the trace is the only way to find where it failed.
   *
   * @return the command's status, or 1 when it threw
   */
  static int runCommand(AppCommand command, App app, List<String> args, PrintStream out,
      PrintStream err) {
    try {
      return command.action().run(app, out, args);
    } catch (Exception e) {
      out.flush();
      err.println("Error: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
      e.printStackTrace(err);
      return 1;
    } finally {
      out.flush();
    }
  }

  /**
   * Why {@code app} must not be served as {@code options} say, or {@code null} when it may: debug
   * mode on an address that is not a loopback one, without {@code --allow-public-debug}.
   */
  static String publicDebugRefusal(App app, LaunchOptions options) {
    if (!app.debug() || options.allowPublicDebug() || Loopback.isLoopback(options.host())) {
      return null;
    }
    return "debug mode shows the application's source and each request's headers to whoever can"
        + " reach it, and " + options.host() + " is not a loopback address. Serve on 127.0.0.1"
        + " (the default), or, on a network of your own machines only (a container's, say), add"
        + " --allow-public-debug or set CARAFE_ALLOW_PUBLIC_DEBUG=true.";
  }

  /**
   * What the server serves: {@code app} in the layers {@code serve} puts it in, and in debug mode
   * a log of each request on {@code err}, as Werkzeug's development server logs, in colour when
   * {@code terminal} has it.
   */
  static Gateway served(App app, Function<App, Gateway> serve, Terminal terminal,
      PrintStream err) {
    Gateway served = serve.apply(app);
    if (!app.debug()) {
      return served;
    }
    AccessLog log = new AccessLog(err::println);
    return (terminal.colour() ? log.inColour() : log).wrap(served);
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
    config.fromPrefixedEnv(env);
    if (options.debug()) {
      // As flask run --debug: the flag wins over the file and the environment.
      config.set(Config.DEBUG, true);
    }
    return app.withConfig(config.build());
  }

  /** Starts serving {@code gateway} as {@code options} say and prints where, as flask run does. */
  static Server start(String appName, Gateway gateway, LaunchOptions options, PrintStream out) {
    return start(appName, gateway, options, Config.defaults(), out);
  }

  /**
   * Starts serving {@code gateway} on the server {@code options} name, with the server settings
   * of {@code config} ({@code SERVER_WORKER_THREADS}, ...), and says whether in debug mode, as
   * flask run does. Which requests the server answers on its I/O threads is the gateway's to say
   * ({@link Gateway#mayBlock}).
   */
  static Server start(String appName, Gateway gateway, LaunchOptions options, Config config,
      PrintStream out) {
    Server server = ServerConfig.apply(config, options.server().builder(gateway))
        .host(options.host()).port(options.port()).start();
    boolean debug = config.get(Config.DEBUG);
    out.println(" * Serving Carafe app '" + appName + "'");
    out.println(" * Debug mode: " + (debug ? "on" : "off"));
    out.println(" * Server: " + options.server().optionName());
    out.println(" * Running on " + server.uri() + " (Press CTRL+C to quit)");
    return server;
  }
}
