package dev.carafe.processor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names the generated fields that hold the application's own converters, one per converter class,
 * in the order first used.
 */
final class CustomFields {
  private final Map<CustomConverter, String> fields = new LinkedHashMap<>();

  /** The field for {@code converter}, or {@code null} when it is a built-in one. */
  String fieldFor(Converter converter) {
    if (converter.kind() != Converter.Kind.CUSTOM) {
      return null;
    }
    return fields.computeIfAbsent(converter.custom(),
        c -> "CONVERTER_" + c.name().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
  }

  Map<CustomConverter, String> all() {
    return fields;
  }
}
