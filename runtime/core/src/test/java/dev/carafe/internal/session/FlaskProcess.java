package dev.carafe.internal.session;

import dev.carafe.PythonProcess;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The real Flask, in this machine's {@code python3}, through {@code flask_session.py}: each call
 * is one Python process, with {@code time.time()} fixed where a time is given. Arguments must be
 * ASCII (write {@code 'Zo\\u00eb'} in a Python expression); output is read as UTF-8.
 */
final class FlaskProcess {
  private static final Path SCRIPT = script();

  private FlaskProcess() {}

  /** Whether {@code python3 -c "import flask"} works. */
  static boolean available() {
    try {
      PythonProcess.run(null, "", "-c", "import flask");
      return true;
    } catch (AssertionError | UncheckedIOException e) {
      return false;
    }
  }

  /** Flask's version, such as {@code 3.1.3}. */
  static String version() {
    return run("", "version");
  }

  /**
   * The cookie value Flask sets after a request that puts {@code session} (a Python expression)
   * in its session.
   *
   * @param secret {@code SECRET_KEY} as a Python literal, {@code b'key'}
   * @param fallbacks {@code SECRET_KEY_FALLBACKS} as a Python literal, {@code [b'old']}
   */
  static String sign(String secret, String fallbacks, long now, String session) {
    return run("", "sign", secret, fallbacks, Long.toString(now), session);
  }

  /** The session Flask reads from {@code cookie}, shown as a Python repr with sorted keys. */
  static String load(String secret, String fallbacks, long now, String cookie) {
    return run("", "load", secret, fallbacks, Long.toString(now), cookie);
  }

  /** {@code value} (a Python expression) as Flask's session serializer writes it. */
  static String dumps(String value) {
    return run(value, "dumps");
  }

  /** {@code value} (a Python expression) shown as {@link #load} shows a session. */
  static String show(String value) {
    return run(value, "show");
  }

  private static String run(String input, String... args) {
    String[] arguments = new String[args.length + 1];
    arguments[0] = SCRIPT.toString();
    System.arraycopy(args, 0, arguments, 1, args.length);
    // Arguments are kept ASCII by the callers, since Java encodes them in the locale's charset.
    return PythonProcess.run(null, input, arguments);
  }

  private static Path script() {
    try {
      return Path.of(FlaskProcess.class.getResource("flask_session.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
