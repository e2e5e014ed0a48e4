package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's {@code @Command} methods run through its generated main, in a JVM of their
 * own as {@code java -jar shop.jar init-db} runs them: what they print, the status the process
 * exits with, and the configured application they are given.
 */
@Timeout(120) // a hang guard, not a performance bound
class CommandsTest {
  @TempDir
  static Path classes;

  @BeforeAll
  static void compileTheApplication() throws IOException {
    Compilation compilation = Compiler.compile(
        Compiler.source("shop.Shop", "package shop;",
            "import dev.carafe.*;",
            "import java.io.PrintStream;",
            "import java.util.List;",
            "@Application",
            "public class Shop {",
            "  private final String greeting = \"Hello\";",
            "  /** Greets the words given. In the configured region. */",
            "  @Command",
            "  public void greet(List<String> args, PrintStream out, App app) {",
            "    out.println(greeting + \" \" + String.join(\" \", args) + \" from \"",
            "        + app.config().string(\"REGION\") + \" in pages of \"",
            "        + app.config().integer(\"PAGE_SIZE\"));",
            "  }",
            "  @Command(help = \"Exit with the status given.\")",
            "  static int exitWith(List<String> args) { return Integer.parseInt(args.get(0)); }",
            "  @Command(\"fail\")",
            "  public static void failHard(PrintStream out) throws Exception {",
            "    out.println(\"trying\");",
            "    throw new java.io.IOException(\"disk full\");",
            "  }",
            "}"),
        Compiler.source("shop.Pages", "package shop;",
            "public class Pages { @dev.carafe.Get(\"/\") public String index() { return \"\"; } }"));
    assertThat(compilation).succeeded();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        Path target = classes.resolve(path.substring(path.indexOf("/shop/") + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
  }

  /** What a run of {@code shop.ShopMain} printed, and its exit status. */
  private record Run(int status, String out, String err) {}

  private static Run main(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        classes + File.pathSeparator + System.getProperty("java.class.path"), "shop.ShopMain"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("CARAFE_"));
    builder.environment().putAll(env);
    Process process = builder.start();
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    String out = read(process.getInputStream());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the main ends after a command");
    return new Run(process.exitValue(), out, err.get());
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aCommandRunsOnTheApplicationConfiguredFromTheFileAndTheEnvironment() throws Exception {
    Path file = Files.writeString(classes.resolve("shop.properties"), "PAGE_SIZE=20\nREGION=file\n");
    Run run = main(Map.of("CARAFE_REGION", "eu"), "greet", "big", "--config", file.toString(), "world");
    assertEquals(new Run(0, "Hello big world from eu in pages of 20\n", ""), run);
  }

  @Test
  void theCommandsStatusIsTheProcessStatus() throws Exception {
    assertEquals(new Run(3, "", ""), main(Map.of(), "exit-with", "3"));
  }

  @Test
  void aCommandThatThrowsPrintsErrorAndTheTraceAndExitsWith1() throws Exception {
    Run run = main(Map.of(), "fail");
    assertEquals(1, run.status());
    assertEquals("trying\n", run.out());
    assertTrue(run.err().startsWith("Error: disk full\njava.io.IOException: disk full\n\tat"
        + " shop.Shop.failHard("), run.err());
  }

  @Test
  void helpListsTheCommandsWithTheirHelpAfterTheOptions() throws Exception {
    Run run = main(Map.of(), "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("Usage: Shop [--host HOST] [--port PORT] [--server NAME]"
        + " [--config FILE] [--debug] [--routes] [--help] [COMMAND [ARGS]...]\n"), run.out());
    assertTrue(run.out().contains("\nOptions:\n"), run.out());
    assertTrue(run.out().contains("\nCommands:\n"
        + "  greet      Greets the words given.\n"
        + "  exit-with  Exit with the status given.\n"
        + "  fail\n"), run.out());
  }

  @Test
  void anUnknownWordIsAUsageErrorNamingTheCommands() throws Exception {
    Run run = main(Map.of(), "gret");
    assertEquals(2, run.status());
    assertTrue(run.err().endsWith("\nError: no such command 'gret'; the commands are greet,"
        + " exit-with, fail\n"), run.err());
  }

  @Test
  void routesStillListsTheRoutes() throws Exception {
    Run run = main(Map.of(), "--routes");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("index"), run.out());
  }
}
