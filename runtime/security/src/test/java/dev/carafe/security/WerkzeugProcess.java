package dev.carafe.security;

import dev.carafe.PythonProcess;
import dev.carafe.json.Json;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The real Werkzeug, in this machine's {@code python3}, through {@code werkzeug_passwords.py}:
 * one JSON request in, Werkzeug's answers as JSON out.
 */
final class WerkzeugProcess {
  private static final Path SCRIPT = script();

  private WerkzeugProcess() {}

  /** Whether Werkzeug 3.1 can be imported by {@code python3}. */
  static boolean available() {
    try {
      Object version = call(Map.of("command", "version"));
      return version instanceof String && ((String) version).startsWith("3.1.");
    } catch (AssertionError | UncheckedIOException e) {
      return false;
    }
  }

  /** {@code generate_password_hash(**case)} for each case: a hash, or a map with an error. */
  static List<?> generate(List<Map<String, Object>> cases) {
    return (List<?>) call(Map.of("command", "generate", "cases", cases));
  }

  /** {@code check_password_hash(hash, password)} for each case: a boolean, or an error map. */
  static List<?> check(List<Map<String, Object>> cases) {
    return (List<?>) call(Map.of("command", "check", "cases", cases));
  }

  private static Object call(Map<String, Object> request) {
    return Json.read(PythonProcess.run(null, Json.standard().toBytes(request),
        Duration.ofSeconds(120), SCRIPT.toString()));
  }

  private static Path script() {
    try {
      return Path.of(WerkzeugProcess.class.getResource("werkzeug_passwords.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
