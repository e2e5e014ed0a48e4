package dev.carafe.internal.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

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
      Process process = new ProcessBuilder("python3", "-c", "import flask")
          .redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
    List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString()));
    command.addAll(List.of(args));
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      // Text crosses as UTF-8 whatever the locale; arguments are kept ASCII by the callers, since
      // Java encodes them in the locale's charset.
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
        stdin.write(input.getBytes(StandardCharsets.UTF_8));
      }
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("python3 " + String.join(" ", args) + " failed:\n"
            + new String(errors.join(), StandardCharsets.UTF_8));
      }
      return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static Path script() {
    try {
      return Path.of(FlaskProcess.class.getResource("flask_session.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
