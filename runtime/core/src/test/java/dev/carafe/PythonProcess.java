package dev.carafe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs Python in this machine's {@code python3}, where the real Flask and Werkzeug are, for the
 * tests that compare Carafe with them: text crosses as UTF-8 whatever the locale, standard error
 * is kept for the failure message, and a run is bounded in time.
 */
public final class PythonProcess {
  private PythonProcess() {}

  /**
   * Runs {@code python3 arguments...} in {@code directory} (or the current one when
   * {@code null}) with {@code input} on its standard input.
   *
   * @return what it wrote on its standard output
   * @throws AssertionError when it fails, or does not end within {@code timeout}
   */
  public static byte[] run(Path directory, byte[] input, Duration timeout, String... arguments) {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(arguments));
    try {
      ProcessBuilder builder = new ProcessBuilder(command);
      if (directory != null) {
        builder.directory(directory.toFile());
      }
      builder.environment().put("PYTHONIOENCODING", "utf-8");
      builder.environment().put("PYTHONDONTWRITEBYTECODE", "1");
      Process process = builder.start();
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      try (var stdin = process.getOutputStream()) {
        stdin.write(input);
      }
      byte[] out = readAll(process.getInputStream());
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("python3 " + String.join(" ", arguments) + " did not end in " + timeout);
      }
      if (process.exitValue() != 0) {
        throw new AssertionError("python3 " + String.join(" ", arguments) + " failed:\n"
            + new String(out, StandardCharsets.UTF_8) + new String(errors.join(), StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** {@link #run} with text in and out, the last line break of the output taken off. */
  public static String run(Path directory, String input, String... arguments) {
    String out = new String(run(directory, input.getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(120), arguments), StandardCharsets.UTF_8);
    return out.endsWith("\n") ? out.substring(0, out.length() - 1) : out;
  }

  /**
   * Whether {@code python3} imports {@code module} at a version that starts with
   * {@code version} ({@code "3.1."}): the tests against it are skipped otherwise.
   */
  public static boolean imports(String module, String version) {
    try {
      String found = run(null, "", "-c",
          "import importlib.metadata as m; print(m.version('" + module + "'))");
      return found.startsWith(version);
    } catch (AssertionError | UncheckedIOException e) {
      return false;
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
