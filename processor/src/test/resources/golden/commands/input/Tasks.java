package commands;

import dev.carafe.App;
import dev.carafe.Application;
import dev.carafe.Command;
import java.io.PrintStream;
import java.util.List;

/** An application with commands, as Flask's {@code @app.cli.command} gives them. */
@Application
public class Tasks {
  @Command(value = "init-db", help = "Clear the existing data and create new tables.")
  public static void initDb(App app, PrintStream out) {
    out.println("Initialized the database " + app.config().string("DATABASE") + ".");
  }

  /**
   * Adds the tasks named on the command line. Each word is one task.
   *
   * @return the number added
   */
  @Command
  public int addTasks(List<String> args, PrintStream out) {
    args.forEach(out::println);
    return args.isEmpty() ? 1 : 0;
  }
}
