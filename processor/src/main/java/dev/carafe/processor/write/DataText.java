package dev.carafe.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a data table of generated code as text that the runtime's {@code Tables} reads when
 * the class is initialized: one string constant instead of a statement (and several bytes of
 * bytecode) per element, so tables of thousands of routes keep every method small. A long table
 * is passed as several constants (a constant holds at most 65,535 bytes of UTF-8); each is written
 * as short lines joined with {@code +}, which javac folds back into one constant.
 */
final class DataText {
  /** Lines per constant, so that the {@code +} chain javac folds stays short. */
  private static final int LINES_PER_CONSTANT = 256;
  /** Characters per constant: at most 3 bytes each in UTF-8, well under 65,535 bytes. */
  private static final int CHARS_PER_CONSTANT = 20_000;

  private DataText() {}

  /**
   * The arguments of a {@code Tables} method for {@code items} joined by {@code separator}: lines
   * of {@code perLine} items (one item a line when the separator is a new line, as JavaPoet writes
   * a string with new lines), as many lines a constant as {@link #LINES_PER_CONSTANT} and
   * {@link #CHARS_PER_CONSTANT} allow, so that the number of constants, and the bytecode that
   * passes them, grows by one per 20,000 characters of data.
   */
  static CodeBlock chunks(List<String> items, char separator, int perLine) {
    int itemsPerLine = separator == '\n' ? 1 : perLine;
    List<String> lines = new ArrayList<>();
    for (int from = 0; from < items.size() || lines.isEmpty(); from += itemsPerLine) {
      int to = Math.min(items.size(), from + itemsPerLine);
      lines.add(String.join(String.valueOf(separator), items.subList(from, to))
          + (to < items.size() ? String.valueOf(separator) : ""));
    }
    List<CodeBlock> constants = new ArrayList<>();
    List<String> constant = new ArrayList<>();
    int chars = 0;
    for (String line : lines) {
      if (!constant.isEmpty() && (constant.size() == LINES_PER_CONSTANT || chars + line.length() > CHARS_PER_CONSTANT)) {
        constants.add(constant(constant, separator));
        constant.clear();
        chars = 0;
      }
      constant.add(line);
      chars += line.length();
    }
    constants.add(constant(constant, separator));
    return CodeBlock.join(constants, ",\n");
  }

  private static CodeBlock constant(List<String> lines, char separator) {
    if (separator == '\n') {
      return CodeBlock.of("$S", String.join("", lines));
    }
    List<CodeBlock> literals = new ArrayList<>();
    lines.forEach(line -> literals.add(CodeBlock.of("$S", line)));
    return CodeBlock.join(literals, "\n+ ");
  }

  /** {@code Tables.ints(...)} of {@code values}. */
  static CodeBlock ints(int[] values) {
    List<String> items = Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.toList());
    return CodeBlock.of("$T.ints(\n$>$L$<)", RuntimeTypes.TABLES, chunks(items, ',', 24));
  }

  /** {@code Tables.texts(...)} of {@code values}, empty ones included. */
  static CodeBlock texts(List<String> values) {
    char separator = separator(values.toArray(new String[0]));
    return CodeBlock.of("$T.texts($L,\n$>$L$<)", RuntimeTypes.TABLES, charLiteral(separator),
        chunks(values, separator, 8));
  }

  /** A character none of {@code values} contains: a new line, or failing that a control character. */
  private static char separator(String[] values) {
    for (char c = '\n'; ; c = c == '\n' ? 1 : (char) (c + 1)) {
      final char candidate = c;
      if (Arrays.stream(values).noneMatch(v -> v != null && v.indexOf(candidate) >= 0)) {
        return candidate;
      }
    }
  }

  private static String charLiteral(char c) {
    return c == '\n' ? "'\\n'" : String.format("'\\u%04x'", (int) c);
  }

  /**
   * {@code Tables.terminals(endpoints, ...)} of {@code terminals}, each the indexes of its endpoints
   * or {@code null} for an empty slot.
   */
  static CodeBlock terminals(List<List<Integer>> terminals) {
    List<String> items = terminals.stream()
        .map(t -> t == null ? "" : t.stream().map(String::valueOf).collect(Collectors.joining(",")))
        .collect(Collectors.toList());
    return CodeBlock.of("$T.terminals(endpoints,\n$>$L$<)", RuntimeTypes.TABLES, chunks(items, ';', 16));
  }
}
