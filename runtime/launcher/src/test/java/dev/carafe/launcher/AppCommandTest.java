package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.FixtureApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An application's commands run from the command line as {@code flask init-db} runs. */
class AppCommandTest {
  @TempDir
  Path dir;

  /** What the commands saw: the words each was given. */
  private final List<List<String>> calls = new ArrayList<>();

  private final List<AppCommand> commands = List.of(
      new AppCommand("init-db", "Clear the existing data and create new tables.",
          (app, out, args) -> {
            calls.add(args);
            out.println("Initialized the database " + app.config().string("DATABASE") + ".");
            return 0;
          }),
      new AppCommand("count", "", (app, out, args) -> {
        calls.add(args);
        return args.size();
      }),
      new AppCommand("explode", "Fail.", (app, out, args) -> {
        out.println("about to fail");
        throw new IllegalStateException("no database at " + app.config().string("DATABASE"));
      }));

  private record Run(Launcher.Outcome outcome, String out, String err) {}

  private Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Launcher.Outcome outcome = Launcher.run("Shop", args, env, FixtureApp::create, app -> app,
        commands, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(outcome, text(out), text(err));
  }

  private static String text(ByteArrayOutputStream printed) {
    return printed.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  @Test
  void aCommandRunsOnTheApplicationConfiguredFromTheEnvironment() {
    Run run = run(Map.of("CARAFE_DATABASE", "shop.db"), "init-db");
    assertEquals(new Launcher.Outcome(0, true), run.outcome());
    assertEquals("Initialized the database shop.db.\n", run.out(), "and no 'Running on' line");
    assertEquals("", run.err());
    assertEquals(List.of(List.of()), calls);
  }

  @Test
  void theConfigFileIsReadWhetherItsOptionComesBeforeOrAfterTheCommand() throws Exception {
    Path file = Files.writeString(dir.resolve("shop.properties"), "DATABASE=from-file.db\n");
    assertEquals("Initialized the database from-file.db.\n",
        run(Map.of(), "--config", file.toString(), "init-db").out());
    assertEquals("Initialized the database from-file.db.\n",
        run(Map.of(), "init-db", "--config", file.toString()).out());
    assertEquals("Initialized the database env.db.\n",
        run(Map.of("CARAFE_DATABASE", "env.db"), "init-db", "--config=" + file).out(),
        "the environment over the file, as when serving");
  }

  @Test
  void theCommandsStatusIsTheExitStatusAndTheWordsAfterItsNameAreItsArguments() {
    Run run = run(Map.of(), "count", "a", "--b", "--", "--port", "c");
    assertEquals(new Launcher.Outcome(4, true), run.outcome());
    assertEquals(List.of(List.of("a", "--b", "--port", "c")), calls);
  }

  @Test
  void aCommandThatThrowsPrintsErrorWithTheTraceAndExitsWith1() {
    Run run = run(Map.of("CARAFE_DATABASE", "shop.db"), "explode");
    assertEquals(new Launcher.Outcome(1, true), run.outcome());
    assertEquals("about to fail\n", run.out());
    assertTrue(run.err().startsWith("Error: no database at shop.db\n"
        + "java.lang.IllegalStateException: no database at shop.db\n\tat "), run.err());
  }

  @Test
  void aBadValueStopsTheCommandBeforeItRunsWithStatus2() {
    Run run = run(Map.of("CARAFE_DEBUG", "maybe"), "init-db");
    assertEquals(2, run.outcome().status());
    assertTrue(run.err().startsWith("Error: CARAFE_DEBUG: "), run.err());
    assertEquals(List.of(), calls);
  }

  @Test
  void helpListsTheCommandsAfterTheOptionsAsFlaskDoes() {
    Run run = run(Map.of(), "--help");
    assertEquals(new Launcher.Outcome(0, false), run.outcome());
    assertTrue(run.out().startsWith("Usage: Shop [--host HOST] [--port PORT] [--server NAME]"
        + " [--config FILE] [--debug]"
        + " [--routes] [--help] [COMMAND [ARGS]...]\n\n"
        + "Serves the Carafe application 'Shop', or runs one of its commands.\n\nOptions:\n"),
        run.out());
    assertTrue(run.out().contains("  --help         print this message and exit\n"
        + "\n"
        + "Commands:\n"
        + "  init-db  Clear the existing data and create new tables.\n"
        + "  count\n"
        + "  explode  Fail.\n"
        + "\n"
        + "Configuration: "), run.out());
    assertEquals(List.of(), calls);
  }

  @Test
  void helpAfterACommandShowsItsHelpAndDoesNotRunIt() {
    Run run = run(Map.of(), "init-db", "--help");
    assertEquals(new Launcher.Outcome(0, false), run.outcome());
    assertEquals("Usage: Shop [--config FILE] init-db [ARGS]...\n\n"
        + "  Clear the existing data and create new tables.\n\n"
        + "Runs the command on the application configured as for serving; 'Shop --help'\n"
        + "lists the options.\n", run.out());
    assertEquals(List.of(), calls);
  }

  @Test
  void anUnknownWordIsAUsageErrorNamingTheCommands() {
    Run run = run(Map.of(), "int-db");
    assertEquals(new Launcher.Outcome(2, false), run.outcome());
    assertEquals(LaunchOptions.usage("Shop", commands)
        + "\nError: no such command 'int-db'; the commands are init-db, count, explode\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void namesAreLowerCaseKebabAndNotTheLaunchersOwn() {
    for (String name : List.of("initDb", "init_db", "-init", "1st", "", "Init-db")) {
      assertThrows(IllegalArgumentException.class,
          () -> new AppCommand(name, "", (app, out, args) -> 0), name);
    }
    for (String name : AppCommand.RESERVED) {
      assertEquals("Command name '" + name + "' is the launcher's own; choose another",
          assertThrows(IllegalArgumentException.class,
              () -> new AppCommand(name, "", (app, out, args) -> 0)).getMessage());
    }
    assertEquals("init-db2", new AppCommand("init-db2", "", (app, out, args) -> 0).name());
  }

  @Test
  void twoCommandsOfOneNameAreRefused() {
    AppCommand seed = new AppCommand("seed", "", (app, out, args) -> 0);
    assertThrows(IllegalArgumentException.class, () -> Launcher.run("Shop", new String[0],
        Map.of(), FixtureApp::create, app -> app, List.of(seed, seed), System.out,
        System.err));
  }

  @Test
  void withoutCommandsTheUsageIsUnchanged() {
    assertEquals(LaunchOptions.usage("Shop"), LaunchOptions.usage("Shop", List.of()));
    assertFalse(LaunchOptions.usage("Shop").contains("Commands:"));
    assertFalse(LaunchOptions.usage("Shop").contains("COMMAND"));
  }
}
