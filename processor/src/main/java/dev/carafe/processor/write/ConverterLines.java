package dev.carafe.processor.write;

import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The line of text that describes a converter to the runtime, which reads it as a check of the
 * dispatch table ({@code VariableCheck.read}) and as a value of a URL template
 * ({@code UrlValue.read}): the converter's name, then its arguments, separated by spaces.
 */
final class ConverterLines {
  private ConverterLines() {}

  /**
   * The line of {@code converter}.
   *
   * @param intBounds the bounds of an {@code int}, which the dispatch table narrows to the Java
   *     type the handler takes
   * @param text the index of a text in the table the line goes in (the words of {@code any})
   * @param customs the application's converters, by index
   */
  static String of(Converter converter, long[] intBounds, ToIntFunction<String> text, List<CustomConverter> customs) {
    switch (converter.kind()) {
      case INT:
        return "int " + converter.signed() + " " + converter.longArg("fixed_digits", 0) + " " + intBounds[0]
            + " " + intBounds[1];
      case FLOAT: {
        Double min = converter.doubleArg("min");
        Double max = converter.doubleArg("max");
        return "float " + converter.signed() + " " + (min == null ? Double.NEGATIVE_INFINITY : min)
            + " " + (max == null ? Double.POSITIVE_INFINITY : max);
      }
      case UUID:
        return "uuid";
      case PATH:
        return "path";
      case ANY: {
        StringBuilder line = new StringBuilder("any");
        converter.items().forEach(item -> line.append(' ').append(text.applyAsInt(item)));
        return line.toString();
      }
      case CUSTOM:
        return "custom " + customs.indexOf(converter.custom());
      case STRING:
      default: {
        long[] lengths = converter.lengths();
        return "string " + lengths[0] + " " + lengths[1];
      }
    }
  }

  /** The bounds of an {@code int} variable as its rule gives them. */
  static long[] ruleBounds(Converter converter) {
    return new long[] {converter.longArg("min", converter.signed() ? Long.MIN_VALUE : 0),
        converter.longArg("max", Long.MAX_VALUE)};
  }
}
