package dev.carafe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources a configuration is built from (code, a map, the environment, a file) and their order. */
class ConfigSourcesTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private String fileError(Path file) {
    return assertThrows(ConfigException.class, () -> Config.builder().fromFile(file))
        .getMessage();
  }

  @Test
  void theEnvironmentSetsTheKeysAfterThePrefixAndNothingElse() {
    Map<String, String> env = Map.of(
        "CARAFE_SECRET_KEY", "s3cr3t",
        "CARAFE_MAX_FORM_PARTS", "20",
        "CARAFE_GREETING", "Hello",
        "PATH", "/usr/bin",
        "DEBUG", "true",
        "FLASK_TESTING", "true",
        "CARAFE_", "no name");
    Config config = Config.builder().fromPrefixedEnv(env).build();
    assertEquals("s3cr3t", config.get(Config.SECRET_KEY));
    assertEquals(20, config.get(Config.MAX_FORM_PARTS));
    assertEquals("Hello", config.string("GREETING"));
    assertEquals(false, config.get(Config.DEBUG));
    assertEquals(false, config.get(Config.TESTING));
    assertEquals(Optional.empty(), config.find("PATH"));
    assertEquals(Config.builder().set(Config.SECRET_KEY, "s3cr3t").set(Config.MAX_FORM_PARTS, 20)
        .set("GREETING", "Hello").build(), config);
  }

  @Test
  void theLaunchersVariablesAreNotConfiguration() {
    Config config = Config.builder().fromPrefixedEnv(Map.of("CARAFE_HOST", "0.0.0.0",
        "CARAFE_PORT", "8000", "CARAFE_VIRTUAL_THREADS", "true", "CARAFE_CONFIG", "shop.json",
        "CARAFE_ALLOW_PUBLIC_DEBUG", "true"))
        .build();
    assertEquals(Config.defaults(), config);
    assertEquals(Optional.empty(), config.find("HOST"));
    assertEquals(Optional.empty(), config.find("CONFIG"));
  }

  @Test
  void aPropertiesFileIsReadAsJavaReadsIt() throws IOException {
    Path file = file("shop.properties", "# the shop\n"
        + "! also a comment\n"
        + "\n"
        + "SECRET_KEY = s3cr3t\n"
        + "MAX_CONTENT_LENGTH: 1048576\n"
        + "SESSION_COOKIE_SECURE true\n"
        + "GREETING=Gr\\u00fc\\u00df dich, \\\n"
        + "    Welt\n"
        + "SHOP_NAME=Théhaus\n");
    Config config = Config.builder().fromFile(file).build();
    assertEquals("s3cr3t", config.get(Config.SECRET_KEY));
    assertEquals(1_048_576L, config.get(Config.MAX_CONTENT_LENGTH));
    assertEquals(true, config.get(Config.SESSION_COOKIE_SECURE));
    assertEquals("Grüß dich, Welt", config.string("GREETING"));
    assertEquals("Théhaus", config.string("SHOP_NAME"));
  }

  @Test
  void aBadValueInAPropertiesFileNamesTheFileAndLine() throws IOException {
    Path file = file("shop.properties", "# limits\nMAX_FORM_PARTS=10\nMAX_CONTENT_LENGTH=\\\n"
        + "  lots\nDEBUG=1\n");
    assertEquals(file + ":3: MAX_CONTENT_LENGTH must be a whole number of bytes, got 'lots'",
        fileError(file));
  }

  @Test
  void aMalformedEscapeInAPropertiesFileNamesTheLine() throws IOException {
    Path file = file("shop.properties", "A=1\r\nB=\\u00zz\r\n");
    assertEquals(file + ":2: a malformed \\uXXXX escape", fileError(file));
  }

  @Test
  void aJsonFileIsOneFlatObjectOfTypedOrTextValues() throws IOException {
    Path file = file("shop.json", "{\n"
        + "  \"SECRET_KEY\": \"s3cr3t\",\n"
        + "  \"SECRET_KEY_FALLBACKS\": [\"old\", \"older\"],\n"
        + "  \"MAX_CONTENT_LENGTH\": 1048576,\n"
        + "  \"MAX_FORM_PARTS\": \"50\",\n"
        + "  \"PERMANENT_SESSION_LIFETIME\": 3600,\n"
        + "  \"SESSION_COOKIE_SAMESITE\": \"Lax\",\n"
        + "  \"SESSION_COOKIE_DOMAIN\": null,\n"
        + "  \"DEBUG\": true,\n"
        + "  \"WORKERS\": 4,\n"
        + "  \"RATIO\": 0.5\n"
        + "}\n");
    Config config = Config.builder().set(Config.SESSION_COOKIE_DOMAIN, "example.com")
        .fromFile(file).build();
    assertEquals("s3cr3t", config.get(Config.SECRET_KEY));
    assertEquals(List.of("old", "older"), config.get(Config.SECRET_KEY_FALLBACKS));
    assertEquals(1_048_576L, config.get(Config.MAX_CONTENT_LENGTH));
    assertEquals(50, config.get(Config.MAX_FORM_PARTS));
    assertEquals(Duration.ofHours(1), config.get(Config.PERMANENT_SESSION_LIFETIME));
    assertEquals("Lax", config.get(Config.SESSION_COOKIE_SAMESITE));
    assertEquals(Optional.empty(), config.find(Config.SESSION_COOKIE_DOMAIN));
    assertEquals(true, config.get(Config.DEBUG));
    assertEquals(4, config.integer("WORKERS"));
    assertEquals("0.5", config.string("RATIO"));
  }

  @Test
  void aBadValueInAJsonFileNamesTheFileAndField() throws IOException {
    assertEquals(dir.resolve("a.json") + ": MAX_CONTENT_LENGTH must be a whole number of bytes,"
        + " got '1.5'", fileError(file("a.json", "{\"MAX_CONTENT_LENGTH\": 1.5}")));
    assertEquals(dir.resolve("b.json") + ": DEBUG must be true or false (or 1/0, yes/no),"
        + " got an array", fileError(file("b.json", "{\"DEBUG\": [true]}")));
    assertEquals(dir.resolve("c.json") + ": MAX_FORM_PARTS must be a whole number of fields,"
        + " got null", fileError(file("c.json", "{\"MAX_FORM_PARTS\": null}")));
    assertEquals(dir.resolve("d.json") + ": DATABASE must be a string, a number or a boolean (a"
            + " configuration file is one flat object), got an object",
        fileError(file("d.json", "{\"DATABASE\": {\"URL\": \"sqlite:shop.db\"}}")));
  }

  @Test
  void aJsonFileThatIsNotAnObjectOrNotJsonIsAnError() throws IOException {
    assertEquals(dir.resolve("list.json") + ": a JSON configuration file holds one object of"
        + " names and values, and this one holds an array", fileError(file("list.json", "[1]")));
    assertEquals(dir.resolve("bad.json") + ":3: not valid JSON (Error parsing number)",
        fileError(file("bad.json", "{\n  \"A\": 1,\n  \"SECRET_KEY\": hunter2\n}")));
  }

  @Test
  void aFileOfAnotherKindIsAnErrorNamingIt() throws IOException {
    Path yaml = file("shop.yaml", "DEBUG: true\n");
    assertEquals(yaml + ": Carafe reads configuration from .properties and .json files, not"
        + " .yaml files", fileError(yaml));
    Path bare = file("shop", "DEBUG=true\n");
    assertEquals(bare + ": Carafe reads configuration from .properties and .json files, not a"
        + " file without an extension", fileError(bare));
  }

  @Test
  void aMissingOrUnreadableFileIsAnErrorNamingIt() throws IOException {
    Path missing = dir.resolve("missing.properties");
    assertEquals(missing + ": no such configuration file", fileError(missing));
    Path latin1 = dir.resolve("latin1.properties");
    Files.write(latin1, "NAME=Th\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(latin1 + ": a configuration file must be UTF-8, and this one is not",
        fileError(latin1));
  }

  @Test
  void laterSourcesWinOverEarlierOnes() throws IOException {
    Path file = file("shop.properties", "MAX_FORM_PARTS=10\nMAX_COOKIE_SIZE=100\nGREETING=file\n");
    Config config = Config.builder()
        .set(Config.MAX_FORM_PARTS, 5)
        .set(Config.MAX_COOKIE_SIZE, 50)
        .set(Config.DEBUG, true)
        .fromFile(file)
        .fromPrefixedEnv(Map.of("CARAFE_MAX_COOKIE_SIZE", "200", "CARAFE_GREETING", "env"))
        .build();
    assertEquals(10, config.get(Config.MAX_FORM_PARTS)); // the file over code
    assertEquals(200, config.get(Config.MAX_COOKIE_SIZE)); // the environment over the file
    assertEquals(true, config.get(Config.DEBUG)); // code, which nothing later changed
    assertEquals("env", config.string("GREETING"));

    Config overridden = config.toBuilder().set(Config.MAX_COOKIE_SIZE, 0).build();
    assertEquals(0, overridden.get(Config.MAX_COOKIE_SIZE));
    assertEquals(200, config.get(Config.MAX_COOKIE_SIZE)); // a Config never changes
  }

  @Test
  void aSourceWithABadValueChangesNothing() {
    Config.Builder builder = Config.builder().set(Config.MAX_FORM_PARTS, 5);
    assertThrows(ConfigException.class, () -> builder.fromPrefixedEnv(
        Map.of("CARAFE_MAX_FORM_PARTS", "7", "CARAFE_TESTING", "perhaps")));
    assertEquals(5, builder.build().get(Config.MAX_FORM_PARTS));
  }

  @Test
  void aMapNamesItsSourceInMessages() {
    Config config = Config.builder().fromMap(Map.of("DEBUG", "yes", "REGION", "eu"), "defaults.map")
        .build();
    assertEquals(true, config.get(Config.DEBUG));
    assertEquals("eu", config.string("REGION"));
    assertEquals("tests: MAX_FORM_PARTS must be at least 1, got '0'",
        assertThrows(ConfigException.class,
            () -> Config.builder().fromMap(Map.of("MAX_FORM_PARTS", "0"), "tests")).getMessage());
  }

  @Test
  void aValueWithoutANameIsAnError() throws IOException {
    Path file = file("shop.properties", "A=1\n=2\n");
    assertEquals(file + ":2: a value without a name", fileError(file));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstName() throws IOException {
    Path file = dir.resolve("bom.properties");
    Files.write(file, "\uFEFFDEBUG=true\n".getBytes(StandardCharsets.UTF_8));
    assertTrue(Config.builder().fromFile(file).build().get(Config.DEBUG));
  }
}
