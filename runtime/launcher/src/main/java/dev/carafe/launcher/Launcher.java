package dev.carafe.launcher;

import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.config.ConfigException;
import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
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
 * java -jar shop.jar --config shop.properties init-db
 * </pre>
 *
 * <p>Options: {@code --host HOST} (default 127.0.0.1, or the environment's {@code CARAFE_HOST}),
 * {@code --port PORT} (default 8080, or {@code CARAFE_PORT}; 0 for any free port),
 * {@code --server undertow|jetty} (default Undertow, or {@code CARAFE_SERVER}),
 * {@code --config FILE} (or {@code CARAFE_CONFIG}), {@code --routes} to print the rule table and
 * exit, {@code --help}. A flag wins over the environment. {@code CARAFE_VIRTUAL_THREADS=true} runs
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
 * stops gracefully when the JVM is asked to shut down (CTRL+C), within
 * {@code SERVER_DRAIN_TIMEOUT}.
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
    main(appName, args, app, serve, nonBlocking, List.of());
  }

  /**
   * As {@link #main(String, String[], Supplier, Function, boolean)}, for an application with
   * commands: the generated main class calls this when the application class declares
   * {@code @Command} methods. After a command the JVM exits with the command's status, whatever
   * threads the command left running.
   *
   * @param commands the application's commands, in the order {@code --help} lists them
   * @throws IllegalArgumentException when two commands have one name
   */
  public static void main(String appName, String[] args, Supplier<App> app,
      Function<App, Gateway> serve, boolean nonBlocking, List<AppCommand> commands) {
    Outcome outcome = run(appName, args, System.getenv(), app, serve, nonBlocking, commands,
        System.out, System.err);
    if (outcome.status() != 0 || outcome.ranCommand()) {
      System.out.flush();
      System.err.flush();
      System.exit(outcome.status());
    }
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
      Function<App, Gateway> serve, boolean nonBlocking, List<AppCommand> commands,
      PrintStream out, PrintStream err) {
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
      out.print(app.get().routeTable());
      return new Outcome(0, false);
    }
    App configured;
    try {
      configured = configure(app.get(), options, env);
    } catch (ConfigException e) {
      err.println("Error: " + e.getMessage());
      return new Outcome(2, false);
    }
    if (command != null) {
      return new Outcome(runCommand(command, configured, options.commandArgs(), out, err), true);
    }
    Server server;
    try {
      server = start(appName, serve.apply(configured), options, nonBlocking,
          configured.config(), out);
    } catch (UncheckedIOException e) {
      err.println("Error: " + e.getMessage());
      return new Outcome(1, false);
    }
    // The server's threads keep the JVM alive; this hook lets requests in flight finish.
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "carafe-shutdown"));
    return new Outcome(0, false);
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
    return start(appName, gateway, options, false, Config.defaults(), out);
  }

  /**
   * Starts serving {@code gateway} on the server {@code options} name, with the server settings
   * of {@code config} ({@code SERVER_WORKER_THREADS}, ...), without the hand-off to request
   * threads where it never blocks.
   */
  static Server start(String appName, Gateway gateway, LaunchOptions options, boolean nonBlocking,
      Config config, PrintStream out) {
    Server server = ServerConfig.apply(config, options.server().builder(gateway))
        .host(options.host()).port(options.port()).nonBlocking(nonBlocking).start();
    out.println(" * Serving Carafe app '" + appName + "'");
    out.println(" * Server: " + options.server().optionName());
    out.println(" * Running on " + server.uri() + " (Press CTRL+C to quit)");
    return server;
  }
}
