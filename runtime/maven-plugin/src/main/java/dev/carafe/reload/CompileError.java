package dev.carafe.reload;

import java.util.List;

/**
 * One error javac reported, as the terminal and the error page show it.
 *
 * @param message javac's message
 * @param file the source file, or {@code null} when the error is not in one (a bad option)
 * @param line the line, 1-based, or 0 when not known
 * @param column the column, 1-based, or 0 when not known
 * @param firstLine the number of the first line of {@code excerpt}
 * @param excerpt the lines around {@code line}, empty when the file cannot be read
 */
record CompileError(String message, String file, long line, long column, long firstLine,
    List<String> excerpt) {
  CompileError {
    excerpt = List.copyOf(excerpt);
  }

  /** As javac prints it: {@code Hello.java:12: error: ';' expected}. */
  String terminalLine() {
    return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + "error: " + message;
  }
}
