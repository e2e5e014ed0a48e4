package dev.carafe.files;

import dev.carafe.PythonProcess;
import dev.carafe.json.Json;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real Werkzeug, in this machine's {@code python3}, through {@code werkzeug_files.py}: one
 * JSON request in, Werkzeug's answer as JSON out (maps, lists, strings, numbers).
 */
public final class WerkzeugProcess {
  private static final Path SCRIPT = script();

  private WerkzeugProcess() {}

  /** Whether Werkzeug 3.1 can be imported by {@code python3}. */
  public static boolean available() {
    try {
      Object version = call("{\"command\":\"version\"}");
      return version instanceof String && ((String) version).startsWith("3.1.");
    } catch (AssertionError | UncheckedIOException e) {
      return false;
    }
  }

  /** Werkzeug's answer to {@code request}, a JSON text. */
  public static Object call(String request) {
    return Json.read(PythonProcess.run(null, request.getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(60), SCRIPT.toString()));
  }

  private static Path script() {
    try {
      return Path.of(WerkzeugProcess.class.getResource("werkzeug_files.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
