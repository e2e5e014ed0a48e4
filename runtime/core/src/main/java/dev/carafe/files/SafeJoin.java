package dev.carafe.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Werkzeug's {@code safe_join}: an untrusted, already percent-decoded name from a URL joined onto
 * a trusted folder, or nothing when the name could reach outside it. Stricter than Werkzeug in one
 * way on purpose: its Windows-only refusals (backslashes, drive letters, device names such as
 * {@code CON} or {@code nul.txt}) apply on every system, so an application behaves the same
 * wherever it runs. On top of the name's checks, the joined path must still lie in the folder once
 * symbolic links are followed.
 */
final class SafeJoin {
  /** Werkzeug's {@code _windows_device_files}. */
  private static final Set<String> DEVICES = Set.of("AUX", "CON", "CONIN$", "CONOUT$", "NUL", "PRN",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³");

  private SafeJoin() {}

  /**
   * The file {@code name} names inside {@code folder}, or empty when the name is empty, absolute,
   * climbs out ({@code ..} past the top), holds a backslash, a NUL or a Windows device name, or
   * leads out of the folder through a symbolic link.
   */
  public static Optional<Path> resolve(Path folder, String name) {
    String relative = normalized(name);
    if (relative == null) {
      return Optional.empty();
    }
    Path root = folder.toAbsolutePath().normalize();
    Path joined = root.resolve(relative).normalize();
    if (!joined.startsWith(root) || joined.equals(root)) {
      return Optional.empty();
    }
    if (Files.exists(joined)) {
      try {
        if (!joined.toRealPath().startsWith(root.toRealPath())) {
          return Optional.empty();
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.of(joined);
  }

  /** {@code posixpath.normpath} of the name, or {@code null} when Werkzeug (or Carafe) refuses it. */
  static String normalized(String name) {
    if (name == null || name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
        || name.indexOf('\0') >= 0 || name.length() > 1 && name.charAt(1) == ':') {
      return null;
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.removeLast();
        continue;
      }
      if (isDevice(segment)) {
        return null;
      }
      segments.addLast(segment);
    }
    return segments.isEmpty() ? null : String.join("/", segments);
  }

  /** Werkzeug's test: the part before the first dot, stripped, in upper case. */
  private static boolean isDevice(String segment) {
    int dot = segment.indexOf('.');
    String stem = (dot < 0 ? segment : segment.substring(0, dot)).strip().toUpperCase(Locale.ROOT);
    return DEVICES.contains(stem);
  }
}
