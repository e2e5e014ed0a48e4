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
 * is passed as several constants (a constant holds at most 65,535 bytes); each is written as short
 * lines joined with {@code +}, which javac folds back into one constant.
 */
final class DataText {
  /**
   * Items per constant: few enough that a constant stays well under 65,535 bytes and that javac
   * folds its {@code +} chain without a deep recursion.
   */
  private static final int ITEMS_PER_CHUNK = 256;

  private DataText() {}

  /**
   * The arguments of a {@code Tables} method for {@code items} joined by {@code separator}: one
   * constant per {@link #ITEMS_PER_CHUNK} items, each written {@code perLine} items a line (or one a
   * line when the separator is a new line, as JavaPoet writes a string with new lines).
   */
  static CodeBlock chunks(List<String> items, char separator, int perLine) {
    List<CodeBlock> chunks = new ArrayList<>();
    for (int from = 0; from < items.size() || chunks.isEmpty(); from += ITEMS_PER_CHUNK) {
      int to = Math.min(items.size(), from + ITEMS_PER_CHUNK);
      String tail = to < items.size() ? String.valueOf(separator) : "";
      if (separator == '\n') {
        chunks.add(CodeBlock.of("$S", String.join("\n", items.subList(from, to)) + tail));
        continue;
      }
      List<CodeBlock> lines = new ArrayList<>();
      for (int line = from; line < to || lines.isEmpty(); line += perLine) {
        int end = Math.min(to, line + perLine);
        lines.add(CodeBlock.of("$S", String.join(String.valueOf(separator), items.subList(line, end))
            + (end < to ? separator : tail)));
      }
      chunks.add(CodeBlock.join(lines, "\n+ "));
    }
    return CodeBlock.join(chunks, ",\n");
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
