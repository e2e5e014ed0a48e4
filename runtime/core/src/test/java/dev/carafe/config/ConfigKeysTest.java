package dev.carafe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Carafe's keys: Flask's names and defaults, the text each takes, and what each refuses. */
class ConfigKeysTest {
  /** A value as the environment gives it, read through {@code CARAFE_<name>}. */
  private static Config fromEnv(String name, String value) {
    return Config.builder().fromPrefixedEnv(Map.of("CARAFE_" + name, value)).build();
  }

  private static String envError(String name, String value) {
    return assertThrows(ConfigException.class, () -> fromEnv(name, value)).getMessage();
  }

  @Test
  void theKeysAreFlasksWithFlasksDefaultsButTheBodyLimit() {
    Map<String, Object> defaults = new LinkedHashMap<>();
    for (Config.Key<?> key : Config.keys()) {
      defaults.put(key.name(), key.defaultValue().orElse(null));
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("SECRET_KEY", null);
    expected.put("SECRET_KEY_FALLBACKS", List.of());
    expected.put("SESSION_COOKIE_NAME", "session");
    expected.put("SESSION_COOKIE_DOMAIN", null);
    expected.put("SESSION_COOKIE_PATH", null);
    expected.put("SESSION_COOKIE_HTTPONLY", true);
    expected.put("SESSION_COOKIE_SECURE", false);
    expected.put("SESSION_COOKIE_SAMESITE", null);
    expected.put("SESSION_COOKIE_PARTITIONED", false);
    expected.put("PERMANENT_SESSION_LIFETIME", Duration.ofSeconds(2_678_400));
    expected.put("SESSION_REFRESH_EACH_REQUEST", true);
    expected.put("MAX_CONTENT_LENGTH", 16L * 1024 * 1024); // Flask: none
    expected.put("MAX_FORM_MEMORY_SIZE", 500_000L);
    expected.put("MAX_FORM_PARTS", 1000);
    expected.put("MAX_JSON_SIZE", 1L << 20); // Flask: none
    expected.put("MAX_JSON_DEPTH", 1000); // Flask: none; Jackson's
    expected.put("MAX_JSON_NUMBER_LENGTH", 1000); // Flask: none; Jackson's
    expected.put("MAX_COOKIE_COUNT", 300); // Flask: none
    expected.put("MAX_REQUEST_COOKIE_SIZE", 4096); // Flask: none
    expected.put("MAX_COOKIE_SIZE", 4093);
    expected.put("SEND_FILE_MAX_AGE_DEFAULT", null);
    expected.put("DEBUG", false);
    expected.put("TESTING", false);
    expected.put("CSRF_ENABLED", false);
    expected.put("CSRF_EXEMPT", List.of());
    // The server's settings: unset, each is the server's own default.
    for (String setting : List.of("WORKER_THREADS", "IO_THREADS", "MAX_CONNECTIONS",
        "IDLE_TIMEOUT", "READ_TIMEOUT", "WRITE_TIMEOUT", "MAX_HEADER_SIZE", "MAX_HEADER_COUNT",
        "BUFFERED_BODY_SIZE", "DRAIN_TIMEOUT")) {
      expected.put("SERVER_" + setting, null);
    }
    assertEquals(expected, defaults);
  }

  @Test
  void eachKeyHasItsTypeADescriptionAndIsFoundByName() {
    for (Config.Key<?> key : Config.keys()) {
      assertEquals(Optional.of(key), Config.key(key.name()));
      assertFalse(key.description().isBlank(), key.name());
      key.defaultValue().ifPresent(value -> assertTrue(key.type().isInstance(value), key.name()));
    }
    assertEquals(List.class, Config.SECRET_KEY_FALLBACKS.type());
    assertEquals(Duration.class, Config.PERMANENT_SESSION_LIFETIME.type());
    assertEquals(Optional.empty(), Config.key("WORKERS"));
    assertTrue(Config.MAX_CONTENT_LENGTH.description().contains("16 MiB"));
  }

  @Test
  void onlyTheSecretKeysAreSecret() {
    for (Config.Key<?> key : Config.keys()) {
      assertEquals(key.name().startsWith("SECRET_KEY"), key.secret(), key.name());
    }
  }

  @Test
  void theDefaultsAreWhatAKeyReadsUnlessSet() {
    Config config = Config.defaults();
    assertEquals("session", config.get(Config.SESSION_COOKIE_NAME));
    assertEquals(Duration.ofDays(31), config.get(Config.PERMANENT_SESSION_LIFETIME));
    assertEquals(Optional.empty(), config.find(Config.SESSION_COOKIE_DOMAIN));
    assertEquals(Optional.of(true), config.find(Config.SESSION_COOKIE_HTTPONLY));
  }

  @Test
  void aKeyWithNoValueIsAnErrorToGetButEmptyToFind() {
    assertEquals(Optional.empty(), Config.defaults().find(Config.SECRET_KEY));
    assertEquals("SECRET_KEY is not set and has no default; set it (CARAFE_SECRET_KEY, a"
            + " configuration file or code), or read it with find(Config.SECRET_KEY)",
        assertThrows(ConfigException.class, () -> Config.defaults().get(Config.SECRET_KEY))
            .getMessage());
  }

  @Test
  void flagsTakeTrueFalseOneZeroYesNoInAnyCase() {
    for (String yes : List.of("true", "TRUE", "1", "yes", "Yes", " true ")) {
      assertTrue(fromEnv("DEBUG", yes).get(Config.DEBUG), yes);
    }
    for (String no : List.of("false", "False", "0", "no", "NO")) {
      assertFalse(fromEnv("SESSION_COOKIE_HTTPONLY", no).get(Config.SESSION_COOKIE_HTTPONLY), no);
    }
    assertEquals("CARAFE_DEBUG: DEBUG must be true or false (or 1/0, yes/no), got 'maybe'",
        envError("DEBUG", "maybe"));
    assertEquals("CARAFE_TESTING: TESTING must be true or false (or 1/0, yes/no), got ''",
        envError("TESTING", ""));
  }

  @Test
  void eachFlagKeyReadsItsText() {
    for (Config.Key<Boolean> key : List.of(Config.SESSION_COOKIE_HTTPONLY,
        Config.SESSION_COOKIE_SECURE, Config.SESSION_COOKIE_PARTITIONED,
        Config.SESSION_REFRESH_EACH_REQUEST, Config.DEBUG, Config.TESTING)) {
      boolean flipped = !key.defaultValue().orElseThrow();
      assertEquals(flipped, fromEnv(key.name(), Boolean.toString(flipped)).get(key), key.name());
    }
  }

  @Test
  void theBodyAndFormLimitsAreWholeNumbersFromOne() {
    assertEquals(1_048_576L, fromEnv("MAX_CONTENT_LENGTH", "1048576").get(Config.MAX_CONTENT_LENGTH));
    assertEquals(1000L, fromEnv("MAX_FORM_MEMORY_SIZE", " 1000 ").get(Config.MAX_FORM_MEMORY_SIZE));
    assertEquals(10, fromEnv("MAX_FORM_PARTS", "10").get(Config.MAX_FORM_PARTS));
    assertEquals("CARAFE_MAX_CONTENT_LENGTH: MAX_CONTENT_LENGTH must be a whole number of bytes,"
        + " got 'lots'", envError("MAX_CONTENT_LENGTH", "lots"));
    assertEquals("CARAFE_MAX_CONTENT_LENGTH: MAX_CONTENT_LENGTH must be a whole number of bytes,"
        + " got '1.5'", envError("MAX_CONTENT_LENGTH", "1.5"));
    assertEquals("CARAFE_MAX_CONTENT_LENGTH: MAX_CONTENT_LENGTH must be at least 1, got '0'",
        envError("MAX_CONTENT_LENGTH", "0"));
    assertEquals("CARAFE_MAX_FORM_MEMORY_SIZE: MAX_FORM_MEMORY_SIZE must be at least 1,"
        + " got '-1'", envError("MAX_FORM_MEMORY_SIZE", "-1"));
    assertEquals("CARAFE_MAX_FORM_MEMORY_SIZE: MAX_FORM_MEMORY_SIZE must be a whole number of"
        + " bytes, got '99999999999999999999'", envError("MAX_FORM_MEMORY_SIZE",
        "99999999999999999999"));
    assertEquals("CARAFE_MAX_FORM_PARTS: MAX_FORM_PARTS must be a whole number of fields,"
        + " got 'many'", envError("MAX_FORM_PARTS", "many"));
    assertEquals("CARAFE_MAX_FORM_PARTS: MAX_FORM_PARTS must be at most 2147483647,"
        + " got '3000000000'", envError("MAX_FORM_PARTS", "3000000000"));
  }

  @Test
  void theCookieSizeMayBeZeroButNotNegative() {
    assertEquals(0, fromEnv("MAX_COOKIE_SIZE", "0").get(Config.MAX_COOKIE_SIZE));
    assertEquals("CARAFE_MAX_COOKIE_SIZE: MAX_COOKIE_SIZE must be at least 0, got '-1'",
        envError("MAX_COOKIE_SIZE", "-1"));
  }

  @Test
  void theLifetimeIsWholeSecondsOrIso8601() {
    assertEquals(Duration.ofHours(1),
        fromEnv("PERMANENT_SESSION_LIFETIME", "3600").get(Config.PERMANENT_SESSION_LIFETIME));
    assertEquals(Duration.ofMinutes(90),
        fromEnv("PERMANENT_SESSION_LIFETIME", "PT1H30M").get(Config.PERMANENT_SESSION_LIFETIME));
    assertEquals(Duration.ofDays(7),
        fromEnv("PERMANENT_SESSION_LIFETIME", "P7D").get(Config.PERMANENT_SESSION_LIFETIME));
    assertEquals(Duration.ZERO,
        fromEnv("PERMANENT_SESSION_LIFETIME", "0").get(Config.PERMANENT_SESSION_LIFETIME));
    assertEquals("CARAFE_PERMANENT_SESSION_LIFETIME: PERMANENT_SESSION_LIFETIME must be whole"
            + " seconds or an ISO-8601 duration such as PT1H, got '1 hour'",
        envError("PERMANENT_SESSION_LIFETIME", "1 hour"));
    assertEquals("CARAFE_PERMANENT_SESSION_LIFETIME: PERMANENT_SESSION_LIFETIME must be whole"
            + " seconds or an ISO-8601 duration such as PT1H, got '1.5'",
        envError("PERMANENT_SESSION_LIFETIME", "1.5"));
    assertEquals("CARAFE_PERMANENT_SESSION_LIFETIME: PERMANENT_SESSION_LIFETIME must not be"
        + " negative, got '-PT1H'", envError("PERMANENT_SESSION_LIFETIME", "-PT1H"));
  }

  @Test
  void sameSiteIsLaxStrictOrNoneInFlasksSpelling() {
    assertEquals("Lax", fromEnv("SESSION_COOKIE_SAMESITE", "lax").get(Config.SESSION_COOKIE_SAMESITE));
    assertEquals("Strict",
        fromEnv("SESSION_COOKIE_SAMESITE", "STRICT").get(Config.SESSION_COOKIE_SAMESITE));
    // The text None is SameSite=None, not "no value".
    assertEquals("None",
        fromEnv("SESSION_COOKIE_SAMESITE", "None").get(Config.SESSION_COOKIE_SAMESITE));
    assertEquals("CARAFE_SESSION_COOKIE_SAMESITE: SESSION_COOKIE_SAMESITE must be Lax, Strict or"
        + " None, got 'sometimes'", envError("SESSION_COOKIE_SAMESITE", "sometimes"));
  }

  @Test
  void theCookieNameDomainAndPathMustFitACookie() {
    assertEquals("sid", fromEnv("SESSION_COOKIE_NAME", "sid").get(Config.SESSION_COOKIE_NAME));
    assertEquals(".example.com",
        fromEnv("SESSION_COOKIE_DOMAIN", ".example.com").get(Config.SESSION_COOKIE_DOMAIN));
    assertEquals("/shop", fromEnv("SESSION_COOKIE_PATH", "/shop").get(Config.SESSION_COOKIE_PATH));
    assertEquals("CARAFE_SESSION_COOKIE_NAME: SESSION_COOKIE_NAME must be a cookie name (letters,"
            + " digits and !#$%&'*+-.^_`|~), got 'my session'",
        envError("SESSION_COOKIE_NAME", "my session"));
    assertEquals("CARAFE_SESSION_COOKIE_DOMAIN: SESSION_COOKIE_DOMAIN must be a domain such as"
        + " example.com, got 'a.com; Secure'", envError("SESSION_COOKIE_DOMAIN", "a.com; Secure"));
    assertEquals("CARAFE_SESSION_COOKIE_PATH: SESSION_COOKIE_PATH must be a path that starts"
        + " with /, got 'shop'", envError("SESSION_COOKIE_PATH", "shop"));
  }

  @Test
  void theSecretKeyIsAnyTextButEmpty() {
    assertEquals("s3cr3t, with commas", fromEnv("SECRET_KEY", "s3cr3t, with commas")
        .get(Config.SECRET_KEY));
    assertEquals("CARAFE_SECRET_KEY: SECRET_KEY must not be empty", envError("SECRET_KEY", ""));
  }

  @Test
  void fallbacksAreAJsonArrayOrCommaSeparated() {
    assertEquals(List.of("old", "older"),
        fromEnv("SECRET_KEY_FALLBACKS", "old, older").get(Config.SECRET_KEY_FALLBACKS));
    assertEquals(List.of("a,b", " c"),
        fromEnv("SECRET_KEY_FALLBACKS", "[\"a,b\", \" c\"]").get(Config.SECRET_KEY_FALLBACKS));
    assertEquals(List.of(), fromEnv("SECRET_KEY_FALLBACKS", "").get(Config.SECRET_KEY_FALLBACKS));
    assertEquals("CARAFE_SECRET_KEY_FALLBACKS: SECRET_KEY_FALLBACKS must be a JSON array of"
            + " strings, or strings separated by commas",
        envError("SECRET_KEY_FALLBACKS", "[\"hunter2\", 7]"));
    assertEquals("CARAFE_SECRET_KEY_FALLBACKS: SECRET_KEY_FALLBACKS must be a JSON array of"
            + " strings, or strings separated by commas",
        envError("SECRET_KEY_FALLBACKS", "[\"hunter2\""));
    assertEquals("CARAFE_SECRET_KEY_FALLBACKS: SECRET_KEY_FALLBACKS must not hold an empty key",
        envError("SECRET_KEY_FALLBACKS", "hunter2,,hunter3"));
  }

  @Test
  void valuesSetInCodeAreCheckedToo() {
    Config config = Config.builder()
        .set(Config.SESSION_COOKIE_SAMESITE, "strict")
        .set(Config.MAX_FORM_PARTS, 5)
        .build();
    assertEquals("Strict", config.get(Config.SESSION_COOKIE_SAMESITE));
    assertEquals(5, config.get(Config.MAX_FORM_PARTS));
    assertEquals("code: MAX_CONTENT_LENGTH must be at least 1, got '-1'",
        assertThrows(ConfigException.class,
            () -> Config.builder().set(Config.MAX_CONTENT_LENGTH, -1L)).getMessage());
    assertEquals("code: PERMANENT_SESSION_LIFETIME must not be negative, got 'PT-1S'",
        assertThrows(ConfigException.class, () -> Config.builder()
            .set(Config.PERMANENT_SESSION_LIFETIME, Duration.ofSeconds(-1))).getMessage());
    assertEquals("code: SECRET_KEY_FALLBACKS must not hold an empty key",
        assertThrows(ConfigException.class, () -> Config.builder()
            .set(Config.SECRET_KEY_FALLBACKS, List.of("hunter2", ""))).getMessage());
  }

  @Test
  void nullTakesAwayTheValueOfAKeyWithoutADefaultOnly() {
    Config config = Config.builder().set(Config.SESSION_COOKIE_DOMAIN, "example.com").build();
    assertEquals(Optional.empty(),
        config.toBuilder().set(Config.SESSION_COOKIE_DOMAIN, null).build()
            .find(Config.SESSION_COOKIE_DOMAIN));
    assertEquals("code: DEBUG must be true or false (or 1/0, yes/no), got null",
        assertThrows(ConfigException.class, () -> Config.builder().set(Config.DEBUG, null))
            .getMessage());
  }

  @Test
  void textSetInCodeIsReadAsItsKeysType() {
    Config config = Config.builder().set("MAX_CONTENT_LENGTH", "2048").build();
    assertEquals(2048L, config.get(Config.MAX_CONTENT_LENGTH));
    assertEquals("code: MAX_FORM_PARTS must be a whole number of fields, got 'ten'",
        assertThrows(ConfigException.class, () -> Config.builder().set("MAX_FORM_PARTS", "ten"))
            .getMessage());
  }

  @Test
  void aKeyInTheWrongCaseIsAnErrorNotANewKey() {
    assertEquals("CARAFE_debug: 'debug' is not one of Carafe's keys, which are upper case: did"
        + " you mean DEBUG?", envError("debug", "true"));
  }
}
