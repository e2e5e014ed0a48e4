package dev.carafe.launcher;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the command line and the environment ask of a generated main class: where to listen, on
 * which server, the configuration file to read, whether to list the routes, whether to show the
 * usage, which of the application's commands to run. Flags win over {@code CARAFE_HOST},
 * {@code CARAFE_PORT}, {@code CARAFE_SERVER} and {@code CARAFE_CONFIG}, which win over the
 * defaults, 127.0.0.1, 8080, Undertow and no file.
 *
 * @param server the server to serve on
 * @param config the configuration file, or {@code null} for none
 * @param command the command to run, or {@code null} to serve
 * @param commandArgs the words given to the command
 * @param debug whether {@code --debug} asked for debug mode, over the configuration's
 *     {@code DEBUG}
 * @param allowPublicDebug whether {@code --allow-public-debug} or
 *     {@code CARAFE_ALLOW_PUBLIC_DEBUG=true} lets debug mode listen beyond the loopback address
 */
record LaunchOptions(String host, int port, ServerKind server, Path config, boolean routes, boolean help,
    String command, List<String> commandArgs, boolean debug, boolean allowPublicDebug) {
  static final String DEFAULT_HOST = "127.0.0.1";
  static final int DEFAULT_PORT = 8080;
  static final ServerKind DEFAULT_SERVER = ServerKind.UNDERTOW;

  /** The options of an application without commands. */
  static LaunchOptions parse(String[] args, Map<String, String> env) throws UsageException {
    return parse(args, env, List.of());
  }

  /**
   * Reads {@code --host H}, {@code --port N}, {@code --server NAME}, {@code --config FILE} (also
   * {@code --host=H}, {@code --port=N}, {@code --server=NAME}, {@code --config=FILE}), {@code --routes},
   * {@code --debug}, {@code --allow-public-debug}, {@code --help} and the name of a
   * command, as {@code flask} reads them: the options go before or after the command's name, and
   * every other word after the name is the command's, as is everything after {@code --}.
   *
   * @param commands the names of the application's commands
   * @throws UsageException for an unknown flag before a command, an unknown command, a flag
   *     without its value, a port that is not a number from 0 to 65535, a server that is not
   *     {@code undertow} or {@code jetty}, an empty file name, or
   *     {@code --routes} with a command
   */
  static LaunchOptions parse(String[] args, Map<String, String> env, Collection<String> commands)
      throws UsageException {
    String host = env.getOrDefault("CARAFE_HOST", DEFAULT_HOST);
    String portText = env.get("CARAFE_PORT");
    String portSource = "CARAFE_PORT";
    String serverText = env.get("CARAFE_SERVER");
    String serverSource = "CARAFE_SERVER";
    String configText = env.get("CARAFE_CONFIG");
    String configSource = "CARAFE_CONFIG";
    boolean routes = false;
    boolean help = false;
    boolean debug = false;
    boolean allowPublicDebug = flag(env, "CARAFE_ALLOW_PUBLIC_DEBUG");
    String command = null;
    List<String> commandArgs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (command != null && arg.equals("--")) {
        commandArgs.addAll(List.of(args).subList(i + 1, args.length));
        break;
      }
      if (!arg.startsWith("-")) {
        if (command != null) {
          commandArgs.add(arg);
        } else if (commands.contains(arg)) {
          command = arg;
        } else {
          throw new UsageException(commands.isEmpty()
              ? "no such command '" + arg + "': the application has no commands"
              : "no such command '" + arg + "'; the commands are " + String.join(", ", commands));
        }
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      String flag = eq > 0 ? arg.substring(0, eq) : arg;
      String inline = eq > 0 ? arg.substring(eq + 1) : null;
      switch (flag) {
        case "--host":
        case "--port":
        case "--server":
        case "--config":
          String value = inline;
          if (value == null) {
            value = valueAfter(args, i, flag);
            i++;
          }
          if (flag.equals("--host")) {
            host = value;
          } else if (flag.equals("--port")) {
            portText = value;
            portSource = "--port";
          } else if (flag.equals("--server")) {
            serverText = value;
            serverSource = "--server";
          } else {
            configText = value;
            configSource = "--config";
          }
          break;
        case "--routes":
          noValue(flag, inline);
          routes = true;
          break;
        case "--debug":
          noValue(flag, inline);
          debug = true;
          break;
        case "--allow-public-debug":
          noValue(flag, inline);
          allowPublicDebug = true;
          break;
        case "--help":
        case "-h":
          noValue(flag, inline);
          help = true;
          break;
        default:
          if (command == null) {
            throw new UsageException("no such option: " + arg);
          }
          // An option of the command's own, as in 'import --dry-run data.csv'.
          commandArgs.add(arg);
      }
    }
    if (routes && command != null) {
      throw new UsageException("--routes lists the routes and runs no command; leave out '"
          + command + "' or --routes");
    }
    if (host.isBlank()) {
      throw new UsageException("the host must not be empty");
    }
    int port = portText == null ? DEFAULT_PORT : port(portText, portSource);
    ServerKind server = serverText == null ? DEFAULT_SERVER : server(serverText, serverSource);
    Path config = configText == null ? null : file(configText, configSource);
    return new LaunchOptions(host, port, server, config, routes, help, command, List.copyOf(commandArgs),
        debug, allowPublicDebug);
  }

  /** A yes-or-no variable of the environment: {@code true} or {@code false}, absent for false. */
  private static boolean flag(Map<String, String> env, String variable) throws UsageException {
    String value = env.get(variable);
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (value.strip().equalsIgnoreCase("true")) {
      return true;
    }
    throw new UsageException(variable + " must be true or false, got '" + value + "'");
  }

  private static void noValue(String flag, String inline) throws UsageException {
    if (inline != null) {
      throw new UsageException(flag + " takes no value");
    }
  }

  private static String valueAfter(String[] args, int i, String flag) throws UsageException {
    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
      throw new UsageException(flag + " needs a value");
    }
    return args[i + 1];
  }

  private static int port(String text, String source) throws UsageException {
    int port;
    try {
      port = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new UsageException(source + " must be a number, got '" + text + "'");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException(source + " must be 0 to 65535, got " + port);
    }
    return port;
  }

  private static ServerKind server(String text, String source) throws UsageException {
    ServerKind server = ServerKind.named(text);
    if (server == null) {
      throw new UsageException(source + " must be one of " + ServerKind.choices().replace("|", ", ")
          + ", got '" + text + "'");
    }
    return server;
  }

  private static Path file(String text, String source) throws UsageException {
    if (text.isBlank()) {
      throw new UsageException(source + " must name a file");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UsageException(source + " must name a file, got '" + text + "'");
    }
  }

  /** The usage message of the main class of {@code appName}, an application without commands. */
  static String usage(String appName) {
    return usage(appName, List.of());
  }

  /**
   * The usage message of the main class of {@code appName}: its options, then its commands with
   * their help, as {@code flask --help} lists them.
   */
  static String usage(String appName, List<AppCommand> commands) {
    StringBuilder usage = new StringBuilder("Usage: " + appName
        + " [--host HOST] [--port PORT] [--server NAME] [--config FILE] [--debug] [--routes] [--help]"
        + (commands.isEmpty() ? "" : " [COMMAND [ARGS]...]") + "\n"
        + "\n"
        + "Serves the Carafe application '" + appName + "'"
        + (commands.isEmpty() ? "" : ", or runs one of its commands") + ".\n"
        + "\n"
        + "Options:\n"
        + "  --host HOST    the address to listen on (default " + DEFAULT_HOST
        + ", or CARAFE_HOST)\n"
        + "  --port PORT    the port to listen on, 0 for any free one (default " + DEFAULT_PORT
        + ", or CARAFE_PORT)\n"
        + "  --server NAME  the server to serve on: " + ServerKind.choices().replace("|", " or ")
        + " (default\n"
        + "                 " + DEFAULT_SERVER.optionName() + ", or CARAFE_SERVER)\n"
        + "  --config FILE  read the configuration from a .properties or .json file\n"
        + "                 (or CARAFE_CONFIG)\n"
        + "  --debug        debug mode: an error shows the traceback page (sets DEBUG)\n"
        + "  --allow-public-debug\n"
        + "                 let debug mode listen on an address other machines reach\n"
        + "                 (or CARAFE_ALLOW_PUBLIC_DEBUG=true)\n"
        + "  --routes       print the application's routes and exit\n"
        + "  --help         print this message and exit\n");
    if (!commands.isEmpty()) {
      int width = commands.stream().mapToInt(c -> c.name().length()).max().orElse(0);
      usage.append("\nCommands:\n");
      for (AppCommand command : commands) {
        String line = "  " + command.name() + " ".repeat(width - command.name().length() + 2)
            + command.help();
        usage.append(line.stripTrailing()).append('\n');
      }
    }
    return usage.append("\n"
        + "Configuration: CARAFE_<KEY>=value sets the key <KEY>, over the file's value\n"
        + "(CARAFE_SECRET_KEY, CARAFE_MAX_CONTENT_LENGTH, CARAFE_DEBUG, ...).\n"
        + "\n"
        + "Server settings are keys too: CARAFE_SERVER_WORKER_THREADS, _IO_THREADS,\n"
        + "_MAX_CONNECTIONS, _IDLE_TIMEOUT, _READ_TIMEOUT, _WRITE_TIMEOUT, _MAX_HEADER_SIZE,\n"
        + "_MAX_HEADER_COUNT, _BUFFERED_BODY_SIZE and _DRAIN_TIMEOUT (durations in seconds\n"
        + "or ISO-8601 such as PT0.5S); unset, the server's defaults.\n").toString();
  }

  /** The usage message of one command, for {@code COMMAND --help}. */
  static String usage(String appName, AppCommand command) {
    return "Usage: " + appName + " [--config FILE] " + command.name() + " [ARGS]...\n"
        + (command.help().isEmpty() ? "" : "\n  " + command.help() + "\n")
        + "\n"
        + "Runs the command on the application configured as for serving; '" + appName
        + " --help'\nlists the options.\n";
  }

  /** The command line or the environment asked for something that cannot be done. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
