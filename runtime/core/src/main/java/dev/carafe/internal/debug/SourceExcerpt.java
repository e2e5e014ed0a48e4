package dev.carafe.internal.debug;

import java.util.List;

/**
 * The lines around a frame's line in its source.
 *
 * @param file the file's path under its source root
 * @param firstLine the number of the first of {@code lines}
 * @param currentLine the number of the frame's line
 * @param lines the lines, as the file has them
 */
record SourceExcerpt(String file, int firstLine, int currentLine, List<String> lines) {
  SourceExcerpt {
    lines = List.copyOf(lines);
  }

  /** Whether the lines are a jte template's, rather than the frame's own Java source. */
  boolean isTemplate() {
    return file.endsWith(".jte");
  }
}
