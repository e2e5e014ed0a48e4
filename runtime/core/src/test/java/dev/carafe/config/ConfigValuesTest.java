package dev.carafe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The application's own keys, read as text and typed on reading, and secrets kept out of sight. */
class ConfigValuesTest {
  private static final Config OWN = Config.builder()
      .fromPrefixedEnv(Map.of("CARAFE_WORKERS", "8", "CARAFE_CACHE", "yes",
          "CARAFE_CACHE_FOR", "PT10M", "CARAFE_RETRY_AFTER", "30", "CARAFE_REGION", "eu-west",
          "CARAFE_THREADS", "many", "CARAFE_API_TOKEN", "tok-123"))
      .build();

  @Test
  void ownKeysAreTextReadAsTheTypeAsked() {
    assertEquals("eu-west", OWN.string("REGION"));
    assertEquals(Optional.of("8"), OWN.find("WORKERS"));
    assertEquals(8, OWN.integer("WORKERS"));
    assertTrue(OWN.flag("CACHE"));
    assertEquals(Duration.ofMinutes(10), OWN.duration("CACHE_FOR"));
    assertEquals(Duration.ofSeconds(30), OWN.duration("RETRY_AFTER"));
    assertEquals(Optional.empty(), OWN.find("MISSING"));
  }

  @Test
  void aBadOwnValueIsAnErrorWhenReadNamingKeyAndSource() {
    assertEquals("CARAFE_THREADS: THREADS must be a whole number, got 'many'",
        assertThrows(ConfigException.class, () -> OWN.integer("THREADS")).getMessage());
    assertEquals("CARAFE_REGION: REGION must be true or false (or 1/0, yes/no), got 'eu-west'",
        assertThrows(ConfigException.class, () -> OWN.flag("REGION")).getMessage());
    assertEquals("CARAFE_REGION: REGION must be whole seconds or an ISO-8601 duration such as"
        + " PT1H, got 'eu-west'",
        assertThrows(ConfigException.class, () -> OWN.duration("REGION")).getMessage());
    assertEquals("MISSING is not set",
        assertThrows(ConfigException.class, () -> OWN.integer("MISSING")).getMessage());
  }

  @Test
  void carafesKeysAreReadTypedNotAsText() {
    assertEquals("DEBUG is one of Carafe's keys, kept typed: read it with config.get(Config.DEBUG)",
        assertThrows(IllegalArgumentException.class, () -> OWN.string("DEBUG")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> OWN.integer("MAX_FORM_PARTS"));
  }

  @Test
  void toStringListsEveryKeyWithSecretsHidden() {
    Config config = Config.builder()
        .set(Config.SECRET_KEY, "hunter2")
        .set(Config.SECRET_KEY_FALLBACKS, List.of("hunter1"))
        .set(Config.DEBUG, true)
        .set("REGION", "eu")
        .set("DATABASE_PASSWORD", "pa55")
        .build();
    assertEquals("Config[SECRET_KEY=***, SECRET_KEY_FALLBACKS=***, SESSION_COOKIE_NAME=session,"
        + " SESSION_COOKIE_DOMAIN=(none), SESSION_COOKIE_PATH=(none),"
        + " SESSION_COOKIE_HTTPONLY=true, SESSION_COOKIE_SECURE=false,"
        + " SESSION_COOKIE_SAMESITE=(none), SESSION_COOKIE_PARTITIONED=false,"
        + " PERMANENT_SESSION_LIFETIME=PT744H, SESSION_REFRESH_EACH_REQUEST=true,"
        + " MAX_CONTENT_LENGTH=16777216, MAX_FORM_MEMORY_SIZE=500000, MAX_FORM_PARTS=1000,"
        + " MAX_JSON_SIZE=1048576, MAX_JSON_DEPTH=1000, MAX_JSON_NUMBER_LENGTH=1000,"
        + " MAX_COOKIE_COUNT=300, MAX_REQUEST_COOKIE_SIZE=4096,"
        + " MAX_COOKIE_SIZE=4093, SEND_FILE_MAX_AGE_DEFAULT=(none), DEBUG=true, TESTING=false,"
        + " CSRF_ENABLED=false, CSRF_EXEMPT=[], SERVER_WORKER_THREADS=(none),"
        + " SERVER_IO_THREADS=(none), SERVER_MAX_CONNECTIONS=(none), SERVER_IDLE_TIMEOUT=(none),"
        + " SERVER_READ_TIMEOUT=(none), SERVER_WRITE_TIMEOUT=(none),"
        + " SERVER_MAX_HEADER_SIZE=(none), SERVER_MAX_HEADER_COUNT=(none),"
        + " SERVER_BUFFERED_BODY_SIZE=(none), SERVER_DRAIN_TIMEOUT=(none),"
        + " DATABASE_PASSWORD=***, REGION=eu]",
        config.toString());
    assertTrue(Config.defaults().toString().startsWith(
        "Config[SECRET_KEY=(none), SECRET_KEY_FALLBACKS=[], "), Config.defaults().toString());
  }

  @Test
  void noMessageShowsASecret(@TempDir Path dir) throws IOException {
    String secret = "hunter2-top-secret";
    List<String> messages = List.of(
        message(() -> Config.builder().fromPrefixedEnv(
            Map.of("CARAFE_SECRET_KEY_FALLBACKS", "[\"" + secret + "\", 1]"))),
        message(() -> Config.builder().fromPrefixedEnv(
            Map.of("CARAFE_SECRET_KEY_FALLBACKS", "[\"" + secret + "\""))),
        message(() -> Config.builder().set(Config.SECRET_KEY_FALLBACKS, List.of(secret, ""))),
        message(() -> Config.builder().fromFile(Files.writeString(dir.resolve("a.json"),
            "{\"SECRET_KEY\": " + secret + "}"))),
        message(() -> Config.builder().fromFile(Files.writeString(dir.resolve("b.json"),
            "{\"SECRET_KEY\": \"" + secret))),
        message(() -> Config.builder().fromFile(Files.writeString(dir.resolve("c.json"),
            "{\"SECRET_KEY_FALLBACKS\": [\"" + secret + "\", {}]}"))),
        message(() -> Config.builder().set("API_KEY", secret).build().integer("API_KEY")),
        message(() -> OWN.flag("API_TOKEN")));
    for (String message : messages) {
      assertFalse(message.contains(secret) || message.contains("tok-123"), message);
      assertTrue(message.contains("SECRET_KEY") || message.contains("API_")
          || message.contains("not valid JSON"), message);
    }
  }

  @Test
  void configurationsAreEqualWhenTheirValuesAre() {
    assertEquals(Config.defaults(), Config.builder().set(Config.DEBUG, false).build());
    assertEquals(Config.defaults().hashCode(),
        Config.builder().set(Config.DEBUG, false).build().hashCode());
    assertNotEquals(Config.defaults(), Config.builder().set(Config.DEBUG, true).build());
    assertNotEquals(Config.defaults(), Config.builder().set("DEBUGGER", "on").build());
  }

  private static String message(Executable action) {
    return assertThrows(ConfigException.class, action).getMessage();
  }
}
