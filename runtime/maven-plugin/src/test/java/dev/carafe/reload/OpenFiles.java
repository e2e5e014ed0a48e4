package dev.carafe.reload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * How many of this process's file descriptors are open on a file: one per SQLite connection
 * to a database file. Read from {@code /proc/self/fd}, so on Linux only.
 */
final class OpenFiles {
  private static final Path DESCRIPTORS = Path.of("/proc/self/fd");

  private OpenFiles() {}

  /** Whether the descriptors can be counted here. */
  static boolean countable() {
    return Files.isDirectory(DESCRIPTORS);
  }

  /** The descriptors open on {@code file}. */
  static long on(Path file) throws IOException {
    Path real = file.toRealPath();
    try (Stream<Path> descriptors = Files.list(DESCRIPTORS)) {
      return descriptors.filter(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(real);
        } catch (IOException | UnsupportedOperationException closedMeanwhile) {
          return false;
        }
      }).count();
    }
  }
}
