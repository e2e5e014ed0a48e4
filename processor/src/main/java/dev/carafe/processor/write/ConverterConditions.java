package dev.carafe.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.carafe.processor.model.Converter;
import java.util.ArrayList;
import java.util.List;

/**
 * The inline checks a generated matcher makes for one variable's characters {@code path[from, to)}:
 * the converter's pattern and arguments, and the range of the Java type it is bound to, so a value
 * that would not fit is no match (the next rule is tried) rather than an error in the handler.
 */
final class ConverterConditions {
  private ConverterConditions() {}

  /**
   * The condition that {@code path[from, to)} is a value of {@code converter}.
   *
   * @param intSized whether some handler takes the value as an {@code int} rather than a {@code long}
   * @param mayHoldSlash whether the characters may include {@code /} (the variable is in a part that
   *     spans segments), so that converters of one segment must check for it
   * @param customField the generated field holding a user converter's matcher, or {@code null}
   */
  static CodeBlock condition(Converter converter, String from, String to, boolean intSized,
      boolean mayHoldSlash, String customField) {
    CodeBlock slashFree = mayHoldSlash
        ? CodeBlock.of(" && $T.hasNoSlash(path, $L, $L)", RuntimeTypes.SEGMENTS, from, to)
        : CodeBlock.of("");
    switch (converter.kind()) {
      case INT: {
        long min = converter.longArg("min", converter.signed()
            ? (intSized ? Integer.MIN_VALUE : Long.MIN_VALUE) : 0);
        long max = converter.longArg("max", intSized ? Integer.MAX_VALUE : Long.MAX_VALUE);
        if (intSized) {
          min = Math.max(min, Integer.MIN_VALUE);
          max = Math.min(max, Integer.MAX_VALUE);
        }
        return CodeBlock.of("$T.isInteger(path, $L, $L, $L, $L, $L, $L)", RuntimeTypes.SEGMENTS,
            from, to, converter.signed(), converter.longArg("fixed_digits", 0),
            longLiteral(min), longLiteral(max));
      }
      case FLOAT:
        return CodeBlock.of("$T.isFloat(path, $L, $L, $L, $L, $L)", RuntimeTypes.SEGMENTS, from, to,
            converter.signed(), doubleLiteral(converter.doubleArg("min"), "NEGATIVE_INFINITY"),
            doubleLiteral(converter.doubleArg("max"), "POSITIVE_INFINITY"));
      case UUID:
        return CodeBlock.of("$L - $L == 36 && $T.isUuid(path, $L)", to, from, RuntimeTypes.SEGMENTS, from);
      case PATH:
        return CodeBlock.of("$L > $L && path.charAt($L) != '/'", to, from, from);
      case ANY: {
        List<CodeBlock> words = new ArrayList<>();
        for (String item : converter.items()) {
          words.add(CodeBlock.of("$L - $L == $L && path.startsWith($S, $L)", to, from, item.length(), item, from));
        }
        return CodeBlock.of("($L)$L", CodeBlock.join(words, " || "), slashFree);
      }
      case CUSTOM:
        return CodeBlock.of("$L > $L$L && $L.accepts(path, $L, $L)", to, from, slashFree, customField, from, to);
      case STRING:
      default: {
        long[] lengths = converter.lengths();
        CodeBlock length = lengths[1] < 0
            ? CodeBlock.of("$L - $L >= $L", to, from, Math.max(1, lengths[0]))
            : lengths[0] == lengths[1]
                ? CodeBlock.of("$L - $L == $L", to, from, lengths[0])
                : CodeBlock.of("$L - $L >= $L && $L - $L <= $L", to, from, Math.max(1, lengths[0]), to, from, lengths[1]);
        return CodeBlock.of("$L$L", length, slashFree);
      }
    }
  }

  /** The one length a value must have, or -1 when it may vary. */
  static int fixedLength(Converter converter) {
    switch (converter.kind()) {
      case UUID:
        return 36;
      case STRING: {
        long[] lengths = converter.lengths();
        return lengths[0] == lengths[1] ? (int) lengths[0] : -1;
      }
      case INT: {
        long digits = converter.longArg("fixed_digits", 0);
        return converter.signed() || digits == 0 ? -1 : (int) digits;
      }
      default:
        return -1;
    }
  }

  private static String longLiteral(long value) {
    if (value == Long.MIN_VALUE) {
      return "Long.MIN_VALUE";
    }
    if (value == Long.MAX_VALUE) {
      return "Long.MAX_VALUE";
    }
    return value + "L";
  }

  private static String doubleLiteral(Double value, String infinity) {
    return value == null ? "Double." + infinity : Double.toString(value);
  }
}
