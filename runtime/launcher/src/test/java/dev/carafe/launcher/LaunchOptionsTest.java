package dev.carafe.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void defaultsToLocalhostPort8080() throws Exception {
    assertEquals(new LaunchOptions("127.0.0.1", 8080, ServerKind.UNDERTOW, null,
        false, false, null, List.of(), false, false),
        LaunchOptions.parse(new String[0], NO_ENV));
  }

  @Test
  void readsHostAndPortInEitherForm() throws Exception {
    assertEquals(new LaunchOptions("0.0.0.0", 9000, ServerKind.UNDERTOW, null,
        false, false, null, List.of(), false, false),
        LaunchOptions.parse(new String[] {"--host", "0.0.0.0", "--port", "9000"}, NO_ENV));
    assertEquals(new LaunchOptions("::1", 0, ServerKind.UNDERTOW, null,
        false, false, null, List.of(), false, false),
        LaunchOptions.parse(new String[] {"--host=::1", "--port=0"}, NO_ENV));
  }

  @Test
  void theEnvironmentIsUsedWhenNoFlagIsGiven() throws Exception {
    Map<String, String> env = Map.of("CARAFE_HOST", "0.0.0.0", "CARAFE_PORT", "5000");
    assertEquals(new LaunchOptions("0.0.0.0", 5000, ServerKind.UNDERTOW, null,
        false, false, null, List.of(), false, false),
        LaunchOptions.parse(new String[0], env));
  }

  @Test
  void flagsWinOverTheEnvironment() throws Exception {
    Map<String, String> env = Map.of("CARAFE_HOST", "0.0.0.0", "CARAFE_PORT", "not a port");
    assertEquals(new LaunchOptions("localhost", 7000, ServerKind.UNDERTOW, null,
        false, false, null, List.of(), false, false),
        LaunchOptions.parse(new String[] {"--port", "7000", "--host", "localhost"}, env));
  }

  @Test
  void theServerIsAFlagOrCarafeServerAndTheFlagWins() throws Exception {
    assertEquals(ServerKind.JETTY,
        LaunchOptions.parse(new String[] {"--server", "jetty"}, NO_ENV).server());
    assertEquals(ServerKind.JETTY,
        LaunchOptions.parse(new String[0], Map.of("CARAFE_SERVER", "Jetty")).server());
    assertEquals(ServerKind.UNDERTOW, LaunchOptions.parse(new String[] {"--server=undertow"},
        Map.of("CARAFE_SERVER", "jetty")).server());
  }

  @Test
  void anUnknownServerIsAUsageErrorNamingTheChoices() {
    assertEquals("--server must be one of undertow, jetty, got 'netty'",
        usageError(new String[] {"--server", "netty"}, NO_ENV));
    assertEquals("CARAFE_SERVER must be one of undertow, jetty, got 'tomcat'",
        usageError(new String[0], Map.of("CARAFE_SERVER", "tomcat")));
  }

  @Test
  void theConfigurationFileIsAFlagOrCarafeConfigAndTheFlagWins() throws Exception {
    assertEquals(Path.of("shop.properties"),
        LaunchOptions.parse(new String[] {"--config", "shop.properties"}, NO_ENV).config());
    assertEquals(Path.of("conf/shop.json"),
        LaunchOptions.parse(new String[] {"--config=conf/shop.json"}, NO_ENV).config());
    Map<String, String> env = Map.of("CARAFE_CONFIG", "/etc/shop.json");
    assertEquals(Path.of("/etc/shop.json"), LaunchOptions.parse(new String[0], env).config());
    assertEquals(Path.of("local.json"),
        LaunchOptions.parse(new String[] {"--config", "local.json"}, env).config());
  }

  @Test
  void anEmptyConfigurationFileNameIsAUsageError() {
    assertEquals("--config needs a value", usageError(new String[] {"--config"}, NO_ENV));
    assertEquals("--config must name a file", usageError(new String[] {"--config="}, NO_ENV));
    assertEquals("CARAFE_CONFIG must name a file",
        usageError(new String[0], Map.of("CARAFE_CONFIG", " ")));
  }

  @Test
  void routesAndHelpAreRead() throws Exception {
    assertTrue(LaunchOptions.parse(new String[] {"--routes"}, NO_ENV).routes());
    assertTrue(LaunchOptions.parse(new String[] {"--help"}, NO_ENV).help());
  }

  @Test
  void anUnknownFlagIsAUsageError() {
    assertEquals("no such option: --prot",
        usageError(new String[] {"--prot", "80"}, NO_ENV));
  }

  @Test
  void aPortThatIsNotANumberOrOutOfRangeIsAUsageError() {
    assertEquals("--port must be a number, got 'http'",
        usageError(new String[] {"--port", "http"}, NO_ENV));
    assertEquals("--port must be 0 to 65535, got 70000",
        usageError(new String[] {"--port=70000"}, NO_ENV));
    assertEquals("CARAFE_PORT must be a number, got 'x'",
        usageError(new String[0], Map.of("CARAFE_PORT", "x")));
  }

  @Test
  void aFlagWithoutItsValueIsAUsageError() {
    assertEquals("--port needs a value", usageError(new String[] {"--port"}, NO_ENV));
    assertEquals("--host needs a value",
        usageError(new String[] {"--host", "--port", "1"}, NO_ENV));
    assertEquals("--routes takes no value", usageError(new String[] {"--routes=yes"}, NO_ENV));
  }

  @Test
  void theUsageNamesTheApplicationAndEveryOption() {
    String usage = LaunchOptions.usage("Shop");
    assertTrue(usage.startsWith(
        "Usage: Shop [--host HOST] [--port PORT] [--server NAME] [--config FILE] [--debug]"
        + " [--routes] [--help]"), usage);
    assertTrue(usage.contains("  --debug        debug mode: an error shows the traceback page"
        + " (sets DEBUG)\n  --allow-public-debug\n"), usage);
    assertTrue(usage.contains("  --server NAME  the server to serve on: undertow or jetty (default\n"
        + "                 undertow, or CARAFE_SERVER)\n"), usage);
    assertTrue(usage.contains("CARAFE_PORT"), usage);
    assertTrue(usage.contains("  --config FILE  read the configuration from a .properties or"
        + " .json file\n                 (or CARAFE_CONFIG)\n"), usage);
    assertTrue(usage.contains("CARAFE_<KEY>=value sets the key <KEY>"), usage);
    assertTrue(usage.contains("Server settings are keys too: CARAFE_SERVER_WORKER_THREADS,"),
        usage);
  }

  @Test
  void theFirstWordNamesTheCommandAndTheOptionsGoBeforeOrAfterIt() throws Exception {
    List<String> commands = List.of("init-db", "seed");
    LaunchOptions before = LaunchOptions.parse(
        new String[] {"--config", "shop.properties", "init-db"}, NO_ENV, commands);
    LaunchOptions after = LaunchOptions.parse(
        new String[] {"init-db", "--config=shop.properties"}, NO_ENV, commands);
    assertEquals(new LaunchOptions("127.0.0.1", 8080, ServerKind.UNDERTOW, Path.of("shop.properties"), false, false,
        "init-db", List.of(), false, false), before);
    assertEquals(before, after);
  }

  @Test
  void otherWordsAfterTheCommandAreItsOwnAndSoIsAllAfterDoubleDash() throws Exception {
    LaunchOptions options = LaunchOptions.parse(new String[] {"seed", "--dry-run", "posts.csv",
        "--port", "9000", "-n", "3", "--", "--port", "7", "--"}, NO_ENV, List.of("seed"));
    assertEquals("seed", options.command());
    assertEquals(List.of("--dry-run", "posts.csv", "-n", "3", "--port", "7", "--"),
        options.commandArgs());
    assertEquals(9000, options.port(), "the launcher's own option, before the --");
  }

  @Test
  void helpAfterTheCommandAsksForTheCommandsHelp() throws Exception {
    LaunchOptions options = LaunchOptions.parse(new String[] {"seed", "--help"}, NO_ENV,
        List.of("seed"));
    assertTrue(options.help());
    assertEquals("seed", options.command());
  }

  @Test
  void aWordThatNamesNoCommandIsAUsageErrorNamingThem() {
    assertEquals("no such command 'int-db'; the commands are init-db, seed",
        assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(
            new String[] {"int-db"}, NO_ENV, List.of("init-db", "seed"))).getMessage());
    assertEquals("no such command 'serve': the application has no commands",
        usageError(new String[] {"serve"}, NO_ENV));
    assertEquals("no such option: --dry-run", assertThrows(LaunchOptions.UsageException.class,
        () -> LaunchOptions.parse(new String[] {"--dry-run", "seed"}, NO_ENV, List.of("seed")))
        .getMessage());
  }

  @Test
  void routesWithACommandIsAUsageError() {
    assertEquals("--routes lists the routes and runs no command; leave out 'seed' or --routes",
        assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(
            new String[] {"--routes", "seed"}, NO_ENV, List.of("seed"))).getMessage());
  }

  private static String usageError(String[] args, Map<String, String> env) {
    return assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(args, env))
        .getMessage();
  }

  @Test
  void debugAndAllowPublicDebugAreFlagsTheSecondAlsoAVariable() throws Exception {
    LaunchOptions plain = LaunchOptions.parse(new String[0], NO_ENV);
    assertFalse(plain.debug());
    assertFalse(plain.allowPublicDebug());
    LaunchOptions flags =
        LaunchOptions.parse(new String[] {"--debug", "--allow-public-debug"}, NO_ENV);
    assertTrue(flags.debug());
    assertTrue(flags.allowPublicDebug());
    assertTrue(LaunchOptions.parse(new String[0], Map.of("CARAFE_ALLOW_PUBLIC_DEBUG", "true"))
        .allowPublicDebug());
    assertFalse(LaunchOptions.parse(new String[0], Map.of("CARAFE_ALLOW_PUBLIC_DEBUG", "false"))
        .allowPublicDebug());
    assertEquals("CARAFE_ALLOW_PUBLIC_DEBUG must be true or false, got 'sure'",
        assertThrows(LaunchOptions.UsageException.class, () -> LaunchOptions.parse(new String[0],
            Map.of("CARAFE_ALLOW_PUBLIC_DEBUG", "sure"))).getMessage());
    assertEquals("--debug takes no value", assertThrows(LaunchOptions.UsageException.class,
        () -> LaunchOptions.parse(new String[] {"--debug=yes"}, NO_ENV)).getMessage());
  }
}
