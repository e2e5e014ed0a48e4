package dev.carafe.launcher;

import dev.carafe.App;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A command of an application's main class, Flask's {@code @app.cli.command}: a name, the line
 * {@code --help} shows for it, and what it does. The generated main passes one for each
 * {@code @Command} method ({@code ShopMain.commands()}); a main of your own may pass those, or
 * its own.
 *
 * <pre>{@code
 * new AppCommand("init-db", "Clear the existing data and create new tables.",
 *     (app, out, args) -> {
 *       Shop.initDb(app, out);
 *       return 0;
 *     });
 * }</pre>
 *
 * @param name lower-case words joined by {@code -}, not one of the launcher's own words
 *     ({@link #RESERVED})
 * @param help one line, or empty
 * @param action what the command does
 */
public record AppCommand(String name, String help, Action action) {
  /**
   * The words a command cannot be named: the launcher's options without their dashes, and
   * Flask's own commands ({@code flask run}, {@code flask shell}, {@code flask routes}).
   */
  public static final Set<String> RESERVED =
      Set.of("help", "routes", "run", "shell", "host", "port", "server", "config");

  /**
   * @throws IllegalArgumentException for a name that is not lower-case kebab case
   *     ({@code [a-z][a-z0-9-]*}), or is reserved
   */
  public AppCommand {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(action, "action");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("Command name '" + name + "' must be lower-case words"
          + " joined by '-', as in 'init-db'");
    }
    if (RESERVED.contains(name)) {
      throw new IllegalArgumentException("Command name '" + name + "' is the launcher's own;"
          + " choose another");
    }
  }

  /** What a command does, given the application configured as for serving. */
  @FunctionalInterface
  public interface Action {
    /**
     * Runs the command.
     *
     * @param app the application, configured from the {@code --config} file and the
     *     {@code CARAFE_} environment
     * @param out standard output, where the command prints
     * @param args the words after the command's name
     * @return the status to exit with, 0 for success
     * @throws Exception to fail: the launcher prints it and exits with status 1
     */
    int run(App app, PrintStream out, List<String> args) throws Exception;
  }
}
