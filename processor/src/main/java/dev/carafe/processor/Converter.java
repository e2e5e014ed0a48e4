package dev.carafe.processor;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A converter named in a rule with its checked arguments: what a variable matches and which Java
 * types it can be bound to.
 */
record Converter(Kind kind, Map<String, Object> args) {

  /** The converters a rule may name. */
  enum Kind {
    STRING("string", 100, List.of("minlength", "maxlength", "length")),
    INT("int", 50, List.of("fixed_digits", "min", "max", "signed"));

    final String ruleName;
    final int weight;
    final List<String> parameters;

    Kind(String ruleName, int weight, List<String> parameters) {
      this.ruleName = ruleName;
      this.weight = weight;
      this.parameters = parameters;
    }

    static Kind named(String name) {
      for (Kind kind : values()) {
        if (kind.ruleName.equals(name)) {
          return kind;
        }
      }
      return null;
    }

    static String known() {
      StringBuilder names = new StringBuilder();
      for (Kind kind : values()) {
        names.append(names.length() == 0 ? "" : ", ").append(kind.ruleName);
      }
      return names.toString();
    }
  }

  static Converter defaultString() {
    return new Converter(Kind.STRING, Map.of());
  }

  /** The converter as written, arguments sorted: part of a rule's shape. */
  String describe() {
    if (args.isEmpty()) {
      return kind.ruleName;
    }
    return kind.ruleName + new TreeMap<>(args);
  }
}
