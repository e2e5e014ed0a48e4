package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.carafe.launcher.AppCommand;
import dev.carafe.processor.model.CommandModel;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every mistake in a {@code @Command} method, with its message, its file and its line. */
class CommandCompileErrorsTest {
  private static final JavaFileObject PAGES = source("shop.Pages", "package shop;",
      "public class Pages { @dev.carafe.Get(\"/\") public String index() { return \"\"; } }");

  /** The application class {@code shop.Shop} with {@code body} in it. */
  private static JavaFileObject shop(String... body) {
    String[] lines = new String[body.length + 7];
    lines[0] = "package shop;";
    lines[1] = "import dev.carafe.*;";
    lines[2] = "import java.io.PrintStream;";
    lines[3] = "import java.util.List;";
    lines[4] = "@Application";
    lines[5] = "public class Shop {";
    System.arraycopy(body, 0, lines, 6, body.length);
    lines[lines.length - 1] = "}";
    return source("shop.Shop", lines);
  }

  private static void assertError(String message, String line, String... body) {
    JavaFileObject shop = shop(body);
    Compilation compilation = compile(shop, PAGES);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(message).inFile(shop).onLineContaining(line);
  }

  @Test
  void aCommandOutsideTheApplicationClassIsRejected() {
    JavaFileObject tools = source("shop.Tools", "package shop;", "import dev.carafe.*;",
        "public class Tools {",
        "  @Command public static void seed() { }",
        "}");
    Compilation compilation = compile(shop(), PAGES, tools);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("@Command method seed() is in Tools, but commands are methods of the"
            + " @Application class Shop, whose main class ShopMain runs them; move it to Shop (it"
            + " may call Tools)")
        .inFile(tools).onLineContaining("@Command public static void seed()");
  }

  @Test
  void twoCommandsOfOneNameAreRejected() {
    assertError("Command 'init-db' is declared twice: by initDb() and by reset(); give one of them"
            + " another name with @Command(\"...\")",
        "@Command(\"init-db\")",
        "  @Command public static void initDb() { }",
        "  @Command(\"init-db\")",
        "  public static void reset() { }");
  }

  @Test
  void aNameThatIsNotLowerCaseKebabIsRejected() {
    assertError("Command name 'Init_DB' of initDb() must be lower-case words joined by '-'"
            + " ([a-z][a-z0-9-]*), as in 'init-db'; give one with @Command(\"...\")",
        "@Command(\"Init_DB\")",
        "  @Command(\"Init_DB\") public static void initDb() { }");
    assertError("Command name '-seed' of _seed() must be lower-case words joined by '-'",
        "@Command public static void _seed()",
        "  @Command public static void _seed() { }");
  }

  @Test
  void aNameOfTheLaunchersOwnIsRejected() {
    assertError("Command name 'routes' of routes() is the launcher's own (config, help, host, port,"
            + " routes, run, server, shell); give another with @Command(\"...\")",
        "@Command public static void routes()",
        "  @Command public static void routes() { }");
    assertError("Command name 'help' of usage() is the launcher's own",
        "@Command(value = \"help\")",
        "  @Command(value = \"help\") public static void usage() { }");
  }

  @Test
  void aParameterOfAnotherTypeIsRejected() {
    assertError("Parameter 'count' of seed() is int, which a command is not given; a command takes,"
            + " in any order, dev.carafe.App (the configured application), java.io.PrintStream"
            + " (standard output) and java.util.List<String> (the words after its name)",
        "@Command",
        "  @Command",
        "  public static void seed(PrintStream out, int count) { }");
    assertError("Parameter 'args' of seed() is java.util.List<java.lang.Integer>, which a command is"
            + " not given",
        "@Command",
        "  @Command",
        "  public static void seed(List<Integer> args) { }");
  }

  @Test
  void aReturnTypeOtherThanVoidOrIntIsRejected() {
    assertError("@Command method seed() returns java.lang.String; return void (status 0) or int"
            + " (the status to exit with)",
        "@Command",
        "  @Command",
        "  public static String seed() { return \"\"; }");
  }

  @Test
  void aPrivateMethodIsRejected() {
    assertError("@Command method seed() is private, so the generated ShopMain cannot call it;"
            + " remove 'private'",
        "@Command",
        "  @Command",
        "  private static void seed() { }");
  }

  @Test
  void anInstanceMethodOnAnApplicationTheMainCannotMakeIsRejected() {
    assertError("@Command method seed() is an instance method, so the generated ShopMain makes"
            + " Shop to call it, but Shop has no constructor without parameters; make the method"
            + " static, or give Shop such a constructor",
        "@Command",
        "  public Shop(String name) { }",
        "  @Command",
        "  void seed() { }");
  }

  @Test
  void aPackagePrivateMethodWithoutParametersIsACommand() {
    assertThat(compile(shop("  @Command void seed() { }"), PAGES)).succeeded();
  }

  @Test
  void theNamesTheProcessorKeepsForTheLauncherAreTheLaunchersOwn() {
    assertEquals(AppCommand.RESERVED, CommandModel.RESERVED);
  }

  @Test
  void aMethodsNameBecomesACommandsInKebabCase() {
    assertEquals("init-db", CommandModel.kebab("initDb"));
    assertEquals("init-db", CommandModel.kebab("init_db"));
    assertEquals("import-csv-file", CommandModel.kebab("importCSVFile"));
    assertEquals("seed2-db", CommandModel.kebab("seed2Db"));
    assertEquals("html", CommandModel.kebab("HTML"));
  }
}
