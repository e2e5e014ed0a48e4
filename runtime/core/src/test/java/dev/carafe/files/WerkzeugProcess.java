package dev.carafe.files;

import dev.carafe.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
    try {
      ProcessBuilder builder = new ProcessBuilder("python3", SCRIPT.toString());
      builder.environment().put("PYTHONIOENCODING", "utf-8");
      Process process = builder.start();
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> {
        try (InputStream stderr = process.getErrorStream()) {
          return stderr.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      try (var stdin = process.getOutputStream()) {
        stdin.write(request.getBytes(StandardCharsets.UTF_8));
      }
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("werkzeug_files.py failed:\n"
            + new String(errors.join(), StandardCharsets.UTF_8));
      }
      return Json.read(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Path script() {
    try {
      return Path.of(WerkzeugProcess.class.getResource("werkzeug_files.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
