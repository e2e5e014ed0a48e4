package dev.carafe.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * An application's configuration, Flask's {@code app.config}: Flask's keys, typed and with Flask's
 * defaults, and the application's own keys as text.
 *
 * <pre>{@code
 * Config config = Config.builder()
 *     .fromFile(Path.of("shop.properties"))       // MAX_CONTENT_LENGTH=1048576
 *     .fromPrefixedEnv(System.getenv())           // CARAFE_SECRET_KEY=...
 *     .set(Config.SESSION_COOKIE_SECURE, true)
 *     .build();
 * long limit = config.get(Config.MAX_CONTENT_LENGTH);
 * int workers = config.integer("WORKERS");        // the application's own key
 * }</pre>
 *
 * <p>Carafe's keys are the constants of this class ({@link #keys()}); a value of the wrong kind is
 * a {@link ConfigException} when it is set, naming the key, where the value came from and what
 * was expected. Any other name is the application's own key: its value is kept as text and read
 * by {@link #string}, {@link #integer}, {@link #flag} or {@link #duration}, which check it then.
 * Names are case-sensitive, as in Flask.
 *
 * <p>An instance is immutable and safe to share between threads. A secret's value (a key marked
 * {@linkplain Key#secret() secret}, or an own key whose name has {@code SECRET}, {@code PASSWORD},
 * {@code TOKEN}, {@code KEY} or {@code CREDENTIAL} in it) is never shown: {@link #toString()}
 * writes {@code ***} and messages leave it out.
 */
public final class Config {
  /** Signs the session cookie: sessions need one. None by default; keep it out of the sources. */
  public static final Key<String> SECRET_KEY = new Key<>("SECRET_KEY", String.class, null, true,
      ValueKind.NOT_EMPTY,
      "Signs the session cookie; sessions need one. Keep it out of the sources.");

  /** Older secret keys that signatures are still checked with, oldest first; none by default. */
  public static final Key<List<String>> SECRET_KEY_FALLBACKS = new Key<>("SECRET_KEY_FALLBACKS",
      List.class, List.of(), true, ValueKind.TEXT_LIST,
      "Older secret keys a signature is still checked with, oldest first; new ones use SECRET_KEY.");

  /** The name of the session cookie; {@code session} by default. */
  public static final Key<String> SESSION_COOKIE_NAME = new Key<>("SESSION_COOKIE_NAME",
      String.class, "session", false, ValueKind.COOKIE_NAME, "The name of the session cookie.");

  /** The session cookie's {@code Domain}; none by default, so the cookie is the host's only. */
  public static final Key<String> SESSION_COOKIE_DOMAIN = new Key<>("SESSION_COOKIE_DOMAIN",
      String.class, null, false, ValueKind.COOKIE_DOMAIN,
      "The session cookie's Domain; none: only the host that set it gets it back.");

  /** The session cookie's {@code Path}; none by default, which means the application's root. */
  public static final Key<String> SESSION_COOKIE_PATH = new Key<>("SESSION_COOKIE_PATH",
      String.class, null, false, ValueKind.COOKIE_PATH,
      "The session cookie's Path; none: the application's root, /.");

  /** Whether the session cookie is hidden from the page's scripts; true by default. */
  public static final Key<Boolean> SESSION_COOKIE_HTTPONLY = new Key<>("SESSION_COOKIE_HTTPONLY",
      Boolean.class, true, false, ValueKind.FLAG,
      "Whether the session cookie is hidden from the page's scripts (HttpOnly).");

  /** Whether the session cookie is sent over HTTPS only; false by default. */
  public static final Key<Boolean> SESSION_COOKIE_SECURE = new Key<>("SESSION_COOKIE_SECURE",
      Boolean.class, false, false, ValueKind.FLAG,
      "Whether the session cookie is sent over HTTPS only (Secure).");

  /** The session cookie's {@code SameSite}: {@code Lax}, {@code Strict} or {@code None}; none by default. */
  public static final Key<String> SESSION_COOKIE_SAMESITE = new Key<>("SESSION_COOKIE_SAMESITE",
      String.class, null, false, ValueKind.SAME_SITE,
      "The session cookie's SameSite: Lax, Strict or None; none: the attribute is left out.");

  /** Whether the session cookie is partitioned by top-level site (CHIPS); false by default. */
  public static final Key<Boolean> SESSION_COOKIE_PARTITIONED = new Key<>(
      "SESSION_COOKIE_PARTITIONED", Boolean.class, false, false, ValueKind.FLAG,
      "Whether the session cookie is partitioned by top-level site (CHIPS; browsers want it Secure).");

  /** How long a session cookie's signature is good for; 31 days by default. */
  public static final Key<Duration> PERMANENT_SESSION_LIFETIME = new Key<>(
      "PERMANENT_SESSION_LIFETIME", Duration.class, Duration.ofDays(31), false, ValueKind.LIFETIME,
      "How long a session cookie's signature is good for, and a permanent session's cookie lives.");

  /** Whether a permanent session's cookie is sent again on each request; true by default. */
  public static final Key<Boolean> SESSION_REFRESH_EACH_REQUEST = new Key<>(
      "SESSION_REFRESH_EACH_REQUEST", Boolean.class, true, false, ValueKind.FLAG,
      "Whether a permanent session's cookie is sent again on each request, moving its expiry on.");

  /** The most bytes of request body read: 16 MiB by default, where Flask has no limit. */
  public static final Key<Long> MAX_CONTENT_LENGTH = new Key<>("MAX_CONTENT_LENGTH", Long.class,
      16L << 20, false, ValueKind.wholeLong("a whole number of bytes", 1),
      "The most bytes of request body read; more is answered 413. Flask has no limit; Carafe, 16 MiB.");

  /** The most bytes of a form's fields, files aside; 500,000 by default. */
  public static final Key<Long> MAX_FORM_MEMORY_SIZE = new Key<>("MAX_FORM_MEMORY_SIZE",
      Long.class, 500_000L, false, ValueKind.wholeLong("a whole number of bytes", 1),
      "The most bytes of a form's fields, files aside; more is answered 413.");

  /** The most fields in a form; 1,000 by default. */
  public static final Key<Integer> MAX_FORM_PARTS = new Key<>("MAX_FORM_PARTS", Integer.class,
      1000, false, ValueKind.integer("a whole number of fields", 1),
      "The most fields in a form; more is answered 413.");

  /**
   * The most bytes of a JSON body, within {@link #MAX_CONTENT_LENGTH}; 1 MiB by default. Flask has
   * no such limit; parsed JSON takes several times its size in memory.
   */
  public static final Key<Long> MAX_JSON_SIZE = new Key<>("MAX_JSON_SIZE", Long.class, 1L << 20,
      false, ValueKind.wholeLong("a whole number of bytes", 1),
      "The most bytes of a JSON body, within MAX_CONTENT_LENGTH; more is answered 413. 1 MiB.");

  /** The most levels of arrays and objects in a JSON body; 1000 by default, as Jackson. */
  public static final Key<Integer> MAX_JSON_DEPTH = new Key<>("MAX_JSON_DEPTH", Integer.class,
      1000, false, ValueKind.integer("a whole number of levels", 1),
      "The most levels of arrays and objects in a JSON body; deeper is answered 400.");

  /** The most characters of one number in a JSON body, and its exponent's limit; 1000, as Jackson. */
  public static final Key<Integer> MAX_JSON_NUMBER_LENGTH = new Key<>("MAX_JSON_NUMBER_LENGTH",
      Integer.class, 1000, false, ValueKind.integer("a whole number of characters", 1),
      "The most characters of a number in a JSON body, and the largest exponent; more is a 400.");

  /** The most cookies a request may send; 300 by default, more than browsers keep for a site. */
  public static final Key<Integer> MAX_COOKIE_COUNT = new Key<>("MAX_COOKIE_COUNT", Integer.class,
      300, false, ValueKind.integer("a whole number of cookies", 1),
      "The most cookies a request may send; more is answered 431 when the application reads them.");

  /**
   * The most bytes of one cookie a request sends, name and value; 4096 by default, the most a
   * browser stores. A larger cookie is ignored: an oversized session cookie is no session. Not {@link #MAX_COOKIE_SIZE}, which is about the cookies the application sets.
   */
  public static final Key<Integer> MAX_REQUEST_COOKIE_SIZE = new Key<>("MAX_REQUEST_COOKIE_SIZE",
      Integer.class, 4096, false, ValueKind.integer("a whole number of bytes", 1),
      "The most bytes of one cookie a request sends; a larger one is ignored, as browsers never send one.");

  /** The size of a cookie past which a warning is logged; 4093 bytes by default, 0 for none. */
  public static final Key<Integer> MAX_COOKIE_SIZE = new Key<>("MAX_COOKIE_SIZE", Integer.class,
      4093, false, ValueKind.integer("a whole number of bytes", 0),
      "The size of a cookie past which a warning is logged, as browsers may drop it; 0: no warning.");

  /**
   * How long a browser may keep a file sent by {@link dev.carafe.SendFile} without asking again,
   * Flask's {@code SEND_FILE_MAX_AGE_DEFAULT}; none by default: files are sent
   * {@code Cache-Control: no-cache}, to be revalidated with their {@code ETag}.
   */
  public static final Key<Duration> SEND_FILE_MAX_AGE_DEFAULT = new Key<>(
      "SEND_FILE_MAX_AGE_DEFAULT", Duration.class, null, false, ValueKind.LIFETIME,
      "How long a browser may cache a sent file (Cache-Control: public, max-age); none: no-cache.");

  /**
   * Debug mode: an unhandled exception is answered with the traceback page (its frames, their
   * source lines and the request). False by default.
   */
  public static final Key<Boolean> DEBUG = new Key<>("DEBUG", Boolean.class, false, false,
      ValueKind.FLAG,
      "Debug mode: an unhandled exception is answered with its traceback, sources and request."
          + " Never where strangers reach it.");

  /** Testing mode, for the application's own code to read; false by default. */
  public static final Key<Boolean> TESTING = new Key<>("TESTING", Boolean.class, false, false,
      ValueKind.FLAG, "Testing mode, for the application's own code and its tests to read.");

  /**
   * Whether a request that changes something (not GET, HEAD, OPTIONS or TRACE) must carry the
   * session's CSRF token, as Flask-WTF's {@code CSRFProtect} asks; false by default, so Flask code
   * ports unchanged. See {@link dev.carafe.Csrf}.
   */
  public static final Key<Boolean> CSRF_ENABLED = new Key<>("CSRF_ENABLED", Boolean.class, false,
      false, ValueKind.FLAG, "Whether form posts must carry the session's CSRF token (dev.carafe.Csrf).");

  /** The endpoints and blueprints whose requests need no CSRF token; none by default. */
  public static final Key<List<String>> CSRF_EXEMPT = new Key<>("CSRF_EXEMPT", List.class, List.of(),
      false, ValueKind.TEXT_LIST, "Endpoints and blueprints whose requests need no CSRF token.");

  // The server's settings. They are plain numbers and durations, so the core stays free of any
  // server; the launcher, which depends on both, applies them to Server.Builder. None has a
  // default here: unset, a setting is the server's own default (Server.Builder says which), so
  // that each default is written once.

  /** The size of the server's worker pool; none: the server's default, 200. */
  public static final Key<Integer> SERVER_WORKER_THREADS = new Key<>("SERVER_WORKER_THREADS",
      Integer.class, null, false, ValueKind.integer("a whole number of threads", 1),
      "The threads that run requests (the server's worker pool); none: 200.");

  /** The server's I/O threads; none: the server's default, one per core and at least two. */
  public static final Key<Integer> SERVER_IO_THREADS = new Key<>("SERVER_IO_THREADS",
      Integer.class, null, false, ValueKind.integer("a whole number of threads", 1),
      "The threads that accept connections and read requests; none: one per core, at least two.");

  /** The most connections open at once; none: the server's default, 8192. */
  public static final Key<Integer> SERVER_MAX_CONNECTIONS = new Key<>("SERVER_MAX_CONNECTIONS",
      Integer.class, null, false, ValueKind.integer("a whole number of connections", 1),
      "The most connections open at once; more wait to be accepted. None: 8192.");

  /** How long a kept-alive connection may wait for a request; none: the server's, 60 s. */
  public static final Key<Duration> SERVER_IDLE_TIMEOUT = new Key<>("SERVER_IDLE_TIMEOUT",
      Duration.class, null, false, ValueKind.TIMEOUT,
      "How long a kept-alive connection may wait for its next request; none: 60 s.");

  /** How long a request's headers may take, and its body stay silent; none: 30 s. */
  public static final Key<Duration> SERVER_READ_TIMEOUT = new Key<>("SERVER_READ_TIMEOUT",
      Duration.class, null, false, ValueKind.TIMEOUT,
      "How long a request's line and headers may take, and its body stay silent; none: 30 s.");

  /** How long a response may wait for the client to read; none: the server's default, 30 s. */
  public static final Key<Duration> SERVER_WRITE_TIMEOUT = new Key<>("SERVER_WRITE_TIMEOUT",
      Duration.class, null, false, ValueKind.TIMEOUT,
      "How long a response may wait for the client to take a byte; none: 30 s.");

  /** The most bytes of a request line and headers; none: the server's default, 8 KiB. */
  public static final Key<Integer> SERVER_MAX_HEADER_SIZE = new Key<>("SERVER_MAX_HEADER_SIZE",
      Integer.class, null, false, ValueKind.integer("a whole number of bytes", 256),
      "The most bytes of a request line and its headers; past it 414 or 431. None: 8 KiB.");

  /** The most header fields in a request; none: the server's default, 100. */
  public static final Key<Integer> SERVER_MAX_HEADER_COUNT = new Key<>("SERVER_MAX_HEADER_COUNT",
      Integer.class, null, false, ValueKind.integer("a whole number of fields", 1),
      "The most header fields in a request; more is 431. None: 100.");

  /** How much of a body is read before a worker takes the request; none: 16 KiB. */
  public static final Key<Integer> SERVER_BUFFERED_BODY_SIZE = new Key<>(
      "SERVER_BUFFERED_BODY_SIZE", Integer.class, null, false,
      ValueKind.integer("a whole number of bytes", 0),
      "How much of a request body is read before a worker thread takes it; none: 16 KiB.");

  /** How long a stop lets the requests in flight finish; none: the server's default, 10 s. */
  public static final Key<Duration> SERVER_DRAIN_TIMEOUT = new Key<>("SERVER_DRAIN_TIMEOUT",
      Duration.class, null, false, ValueKind.LIFETIME,
      "How long a stop lets the requests in flight finish, answering new ones 503; none: 10 s.");

  private static final List<Key<?>> KEYS = List.of(SECRET_KEY, SECRET_KEY_FALLBACKS,
      SESSION_COOKIE_NAME, SESSION_COOKIE_DOMAIN, SESSION_COOKIE_PATH, SESSION_COOKIE_HTTPONLY,
      SESSION_COOKIE_SECURE, SESSION_COOKIE_SAMESITE, SESSION_COOKIE_PARTITIONED,
      PERMANENT_SESSION_LIFETIME, SESSION_REFRESH_EACH_REQUEST, MAX_CONTENT_LENGTH,
      MAX_FORM_MEMORY_SIZE, MAX_FORM_PARTS, MAX_JSON_SIZE, MAX_JSON_DEPTH, MAX_JSON_NUMBER_LENGTH,
      MAX_COOKIE_COUNT, MAX_REQUEST_COOKIE_SIZE, MAX_COOKIE_SIZE, SEND_FILE_MAX_AGE_DEFAULT, DEBUG,
      TESTING, CSRF_ENABLED, CSRF_EXEMPT, SERVER_WORKER_THREADS, SERVER_IO_THREADS,
      SERVER_MAX_CONNECTIONS, SERVER_IDLE_TIMEOUT, SERVER_READ_TIMEOUT, SERVER_WRITE_TIMEOUT,
      SERVER_MAX_HEADER_SIZE, SERVER_MAX_HEADER_COUNT, SERVER_BUFFERED_BODY_SIZE,
      SERVER_DRAIN_TIMEOUT);

  private static final Map<String, Key<?>> BY_NAME = byName();

  /** The prefix of the environment variables {@link Builder#fromPrefixedEnv} reads. */
  private static final String ENV_PREFIX = "CARAFE_";

  /** Variables of the launcher's, which are not configuration. */
  private static final Set<String> LAUNCHER_VARIABLES =
      Set.of("CARAFE_HOST", "CARAFE_PORT", "CARAFE_VIRTUAL_THREADS", "CARAFE_CONFIG",
          "CARAFE_ALLOW_PUBLIC_DEBUG");

  /** What an own key's name has in it when its value is to be kept out of sight. */
  private static final List<String> SECRET_WORDS =
      List.of("SECRET", "PASSWORD", "TOKEN", "KEY", "CREDENTIAL");

  private static final Config DEFAULTS = new Config(Map.of());

  /** The values set, by name: Carafe's keys typed, the application's own as text. */
  private final Map<String, Setting> settings;

  private Config(Map<String, Setting> settings) {
    this.settings = Map.copyOf(settings);
  }

  /** Every key's default, and no key of the application's own. */
  public static Config defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /** A builder that starts from this configuration. */
  public Builder toBuilder() {
    return new Builder(settings);
  }

  /** Carafe's keys, in the order of the README's table. */
  public static List<Key<?>> keys() {
    return KEYS;
  }

  /** Carafe's key of this name, or empty for a name of the application's own. */
  public static Optional<Key<?>> key(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /**
   * The value of {@code key}: the one set, or its default.
   *
   * @throws ConfigException when the key has no value, which only keys without a default can
   *     lack ({@link #SECRET_KEY}, say); read those with {@link #find(Key)}
   */
  public <T> T get(Key<T> key) {
    return find(key).orElseThrow(() -> new ConfigException(key.name() + " is not set and has no"
        + " default; set it (" + ENV_PREFIX + key.name() + ", a configuration file or code), or"
        + " read it with find(Config." + key.name() + ")"));
  }

  /** The value of {@code key}: the one set, its default, or empty when it has neither. */
  public <T> Optional<T> find(Key<T> key) {
    Setting setting = settings.get(key.name());
    return setting == null ? key.defaultValue() : Optional.of(key.type(setting.value));
  }

  /**
   * The text of the application's own key {@code name}.
   *
   * @throws ConfigException when it is not set
   * @throws IllegalArgumentException when {@code name} is one of Carafe's keys, which
   *     {@link #get(Key)} reads
   */
  public String string(String name) {
    return find(name).orElseThrow(() -> new ConfigException(name + " is not set"));
  }

  /**
   * The text of the application's own key {@code name}, or empty when it is not set.
   *
   * @throws IllegalArgumentException when {@code name} is one of Carafe's keys, which
   *     {@link #get(Key)} reads
   */
  public Optional<String> find(String name) {
    if (BY_NAME.containsKey(name)) {
      throw new IllegalArgumentException(name + " is one of Carafe's keys, kept typed: read it"
          + " with config.get(Config." + name + ")");
    }
    Setting setting = settings.get(name);
    return setting == null ? Optional.empty() : Optional.of((String) setting.value);
  }

  /**
   * The application's own key {@code name} as a whole number that fits an {@code int}.
   *
   * @throws ConfigException when it is not set or is not such a number
   */
  public int integer(String name) {
    return read(name, ValueKind.INTEGER);
  }

  /**
   * The application's own key {@code name} as a flag: {@code true}, {@code 1} or {@code yes}, or
   * {@code false}, {@code 0} or {@code no}, in any case.
   *
   * @throws ConfigException when it is not set or is none of these
   */
  public boolean flag(String name) {
    return read(name, ValueKind.FLAG);
  }

  /**
   * The application's own key {@code name} as a duration: whole seconds, or ISO-8601 such as
   * {@code PT1H}.
   *
   * @throws ConfigException when it is not set or is neither
   */
  public Duration duration(String name) {
    return read(name, ValueKind.DURATION);
  }

  private <T> T read(String name, ValueKind<T> form) {
    String text = string(name);
    try {
      return form.parse(text);
    } catch (ValueKind.Invalid e) {
      throw invalid(settings.get(name).source, name, e, isSecret(name) ? null : quote(text));
    }
  }

  /**
   * Carafe's keys in the order of {@link #keys()}, then the application's by name:
   * {@code Config[SECRET_KEY=***, ..., DEBUG=false, ...]}. A secret's value is {@code ***}; a key
   * with no value shows {@code (none)}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Config[");
    for (Key<?> key : KEYS) {
      text.append(key.name()).append('=').append(shown(key)).append(", ");
    }
    Map<String, Setting> own = new TreeMap<>();
    settings.forEach((name, setting) -> {
      if (!BY_NAME.containsKey(name)) {
        own.put(name, setting);
      }
    });
    own.forEach((name, setting) -> text.append(name).append('=')
        .append(isSecret(name) ? "***" : setting.value).append(", "));
    text.setLength(text.length() - 2);
    return text.append(']').toString();
  }

  private <T> String shown(Key<T> key) {
    Optional<T> value = find(key);
    if (value.isEmpty()) {
      return "(none)";
    }
    if (key.secret()) {
      return value.get() instanceof List<?> && ((List<?>) value.get()).isEmpty() ? "[]" : "***";
    }
    return key.form.show(value.get());
  }

  /** Whether both have the same values, wherever they came from. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Config && values().equals(((Config) other).values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  /** Every value that differs from its default, by name. */
  private Map<String, Object> values() {
    Map<String, Object> values = new TreeMap<>();
    settings.forEach((name, setting) -> {
      Key<?> key = BY_NAME.get(name);
      if (key == null || !key.defaultValue().equals(Optional.of(setting.value))) {
        values.put(name, setting.value);
      }
    });
    return values;
  }

  private static boolean isSecret(String name) {
    Key<?> key = BY_NAME.get(name);
    if (key != null) {
      return key.secret();
    }
    String upper = name.toUpperCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(upper::contains);
  }

  private static String quote(String text) {
    return "'" + text + "'";
  }

  private static ConfigException invalid(String source, String name, ValueKind.Invalid e, String got) {
    String shown = e.got != null ? e.got : got;
    return new ConfigException(source + ": " + name + " " + e.reason
        + (shown == null ? "" : ", got " + shown));
  }

  private static Map<String, Key<?>> byName() {
    Map<String, Key<?>> byName = new LinkedHashMap<>();
    for (Key<?> key : KEYS) {
      byName.put(key.name(), key);
    }
    return Map.copyOf(byName);
  }

  /** A value and where it came from: an environment variable, a file and line, or code. */
  private static final class Setting {
    final Object value;
    final String source;

    Setting(Object value, String source) {
      this.value = value;
      this.source = source;
    }
  }

  /**
   * One of Carafe's configuration keys: its name (Flask's), the Java type of its value, its
   * default, what it does, and whether its value is a secret.
   *
   * @param <T> the type of its value
   */
  public static final class Key<T> {
    private final String name;
    private final Class<?> type;
    private final T defaultValue;
    private final boolean secret;
    private final ValueKind<T> form;
    private final String description;

    private Key(String name, Class<?> type, T defaultValue, boolean secret, ValueKind<T> form,
        String description) {
      this.name = name;
      this.type = type;
      this.defaultValue = defaultValue;
      this.secret = secret;
      this.form = form;
      this.description = description;
    }

    /** The key's name, Flask's: {@code MAX_CONTENT_LENGTH}. */
    public String name() {
      return name;
    }

    /** The class of its values: {@code Long.class}, {@code Duration.class}, {@code List.class}. */
    public Class<?> type() {
      return type;
    }

    /** Its default, or empty for a key that has none, such as {@link #SECRET_KEY}. */
    public Optional<T> defaultValue() {
      return Optional.ofNullable(defaultValue);
    }

    /** What the key does, in one line. */
    public String description() {
      return description;
    }

    /** Whether its value is a secret, never shown in {@link Config#toString()} or a message. */
    public boolean secret() {
      return secret;
    }

    @SuppressWarnings("unchecked")
    private T type(Object value) {
      return (T) value;
    }

    /** Its name. */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * Builds a {@link Config}, one source after another; a later value of a key replaces an earlier
   * one, so the order of the calls is the order of precedence. A value is checked as it is set: a
   * {@link ConfigException} names the key, where the value came from and what was expected. When
   * a source fails, none of its values is kept.
   */
  public static final class Builder {
    private final Map<String, Setting> settings;

    private Builder(Map<String, Setting> settings) {
      this.settings = new LinkedHashMap<>(settings);
    }

    /**
     * Sets {@code key} from code; {@code null} takes the value away from a key that has no
     * default.
     *
     * @throws ConfigException when {@code value} is not one the key takes (a negative limit, a
     *     {@code SameSite} other than Lax, Strict or None, {@code null} for a key with a default)
     */
    public <T> Builder set(Key<T> key, T value) {
      Objects.requireNonNull(key, "key");
      if (value == null) {
        if (key.defaultValue != null) {
          throw invalid("code", key.name, key.form.invalid(), "null");
        }
        settings.remove(key.name);
        return this;
      }
      T checked;
      try {
        checked = key.form.check(value);
      } catch (ValueKind.Invalid e) {
        throw invalid("code", key.name, e, key.secret ? null : quote(key.form.show(value)));
      }
      settings.put(key.name, new Setting(checked, "code"));
      return this;
    }

    /**
     * Sets the key {@code name} from text, as a file or the environment would: Carafe's keys are
     * read as their type, any other name is the application's own.
     *
     * @throws ConfigException when {@code value} is not text the key takes
     */
    public Builder set(String name, String value) {
      return fromMap(Map.of(name, value), "code");
    }

    /**
     * Sets each name of {@code values} from its text, as {@link #set(String, String)}.
     *
     * @param source where the values come from, for messages: {@code tests: MAX_FORM_PARTS ...}
     * @throws ConfigException when a value is not text its key takes
     */
    public Builder fromMap(Map<String, String> values, String source) {
      Objects.requireNonNull(source, "source");
      List<ConfigFile.Field> fields = new ArrayList<>();
      new TreeMap<>(values).forEach((name, value) ->
          fields.add(new ConfigFile.Field(name, Objects.requireNonNull(value, name), source)));
      return apply(fields, Builder::fromText);
    }

    /**
     * Sets a key for each environment variable {@code CARAFE_NAME}, as Flask's
     * {@code from_prefixed_env}: {@code CARAFE_SECRET_KEY} sets {@code SECRET_KEY}. Other variables
     * are left alone, and so are the launcher's {@code CARAFE_HOST}, {@code CARAFE_PORT},
     * {@code CARAFE_VIRTUAL_THREADS}, {@code CARAFE_CONFIG} and {@code CARAFE_ALLOW_PUBLIC_DEBUG}.
     * Values are read as text, like a {@code .properties} file's.
     *
     * @param env the environment, {@code System.getenv()}
     * @throws ConfigException naming the variable when a value is not text its key takes
     */
    public Builder fromPrefixedEnv(Map<String, String> env) {
      List<ConfigFile.Field> fields = new ArrayList<>();
      new TreeMap<>(env).forEach((variable, value) -> {
        if (variable.startsWith(ENV_PREFIX) && variable.length() > ENV_PREFIX.length()
            && !LAUNCHER_VARIABLES.contains(variable)) {
          fields.add(new ConfigFile.Field(variable.substring(ENV_PREFIX.length()), value, variable));
        }
      });
      return apply(fields, Builder::fromText);
    }

    /**
     * Sets the keys a file holds: a {@code .properties} file (UTF-8, one {@code NAME=value} a
     * line), or a {@code .json} file of one flat object, whose values may be strings, numbers,
     * booleans, an array of strings for {@link #SECRET_KEY_FALLBACKS}, or {@code null} to take the
     * value away from a key without a default. Like Flask's {@code from_file}.
     *
     * @throws ConfigException naming the file when it cannot be read, is malformed or its name
     *     ends in neither {@code .properties} nor {@code .json}, and its line or field when a
     *     value is not one its key takes
     */
    public Builder fromFile(Path file) {
      return apply(ConfigFile.read(file), Builder::fromJson);
    }

    /** The configuration built so far. */
    public Config build() {
      return new Config(settings);
    }

    /** Checks every field first and keeps them only if all are good. */
    private Builder apply(List<ConfigFile.Field> fields,
        Function<ConfigFile.Field, Setting> read) {
      Map<String, Setting> changed = new LinkedHashMap<>();
      for (ConfigFile.Field field : fields) {
        checkName(field);
        changed.put(field.name(), read.apply(field));
      }
      changed.forEach((name, setting) -> {
        if (setting == null) {
          settings.remove(name);
        } else {
          settings.put(name, setting);
        }
      });
      return this;
    }

    private static void checkName(ConfigFile.Field field) {
      String name = field.name();
      if (name.isBlank()) {
        throw new ConfigException(field.source() + ": a value without a name");
      }
      String upper = name.toUpperCase(Locale.ROOT);
      if (!name.equals(upper) && BY_NAME.containsKey(upper)) {
        throw new ConfigException(field.source() + ": '" + name + "' is not one of Carafe's keys,"
            + " which are upper case: did you mean " + upper + "?");
      }
    }

    private static Setting fromText(ConfigFile.Field field) {
      String text = (String) field.value();
      Key<?> key = BY_NAME.get(field.name());
      if (key == null) {
        return new Setting(text, field.source());
      }
      try {
        return new Setting(key.form.parse(text), field.source());
      } catch (ValueKind.Invalid e) {
        throw invalid(field.source(), key.name, e, key.secret ? null : quote(text));
      }
    }

    /** A field of a JSON file, or the text of a {@code .properties} line. */
    private static Setting fromJson(ConfigFile.Field field) {
      Object json = field.value();
      if (json instanceof String) {
        return fromText(field);
      }
      Key<?> key = BY_NAME.get(field.name());
      boolean secret = isSecret(field.name());
      String got = json instanceof List<?> || json instanceof Map<?, ?> || json == null
          ? ConfigFile.kind(json)
          : secret ? null : quote(String.valueOf(json));
      if (key == null) {
        if (json == null) {
          return null;
        }
        if (json instanceof List<?> || json instanceof Map<?, ?>) {
          throw new ConfigException(field.source() + ": " + field.name() + " must be a string,"
              + " a number or a boolean (a configuration file is one flat object), got " + got);
        }
        return new Setting(String.valueOf(json), field.source());
      }
      if (json == null) {
        if (key.defaultValue != null) {
          throw invalid(field.source(), key.name, key.form.invalid(), got);
        }
        return null;
      }
      try {
        return new Setting(key.form.fromJson(json), field.source());
      } catch (ValueKind.Invalid e) {
        throw invalid(field.source(), key.name, e, got);
      }
    }
  }
}
