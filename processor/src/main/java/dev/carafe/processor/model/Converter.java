package dev.carafe.processor.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A converter named in a rule with its checked arguments: what a variable matches, how it ranks
 * against other converters, and which Java types it can be bound to.
 *
 * @param kind the converter
 * @param args its named arguments (numbers as {@code Long} or {@code Double}, flags as
 *     {@code Boolean})
 * @param items the words of an {@code any} converter, in order; empty for the others
 * @param custom the user's converter for {@link Kind#CUSTOM}, else {@code null}
 */
public record Converter(Kind kind, Map<String, Object> args, List<String> items, CustomConverter custom) {

  /** The converters a rule may name; user converters are {@link #CUSTOM}. */
  public enum Kind {
    STRING("string", 100, 4, List.of("minlength", "maxlength", "length")),
    INT("int", 50, 0, List.of("fixed_digits", "min", "max", "signed")),
    FLOAT("float", 50, 0, List.of("min", "max", "signed")),
    PATH("path", 200, 5, List.of()),
    UUID("uuid", 100, 1, List.of()),
    ANY("any", 100, 2, List.of()),
    CUSTOM("", 100, 3, List.of());

    public final String ruleName;
    /** Werkzeug's weight: lower is tried first. */
    public final int weight;
    /**
     * Breaks ties between equal weights, where Werkzeug falls back to registration order: the
     * narrower converter is tried first, so the order never depends on which file came first.
     */
    public final int narrowness;
    public final List<String> parameters;

    Kind(String ruleName, int weight, int narrowness, List<String> parameters) {
      this.ruleName = ruleName;
      this.weight = weight;
      this.narrowness = narrowness;
      this.parameters = parameters;
    }

    public static Kind named(String name) {
      for (Kind kind : values()) {
        if (kind != CUSTOM && kind.ruleName.equals(name)) {
          return kind;
        }
      }
      return null;
    }

    public static String known() {
      StringBuilder names = new StringBuilder();
      for (Kind kind : values()) {
        if (kind != CUSTOM) {
          names.append(names.length() == 0 ? "" : ", ").append(kind.ruleName);
        }
      }
      return names.toString();
    }
  }

  public static Converter defaultString() {
    return new Converter(Kind.STRING, Map.of(), List.of(), null);
  }

  public String name() {
    return kind == Kind.CUSTOM ? custom.name() : kind.ruleName;
  }

  public int weight() {
    return kind == Kind.CUSTOM ? custom.weight() : kind.weight;
  }

  /** Whether the variable may span slashes, which makes its part the last of the rule. */
  public boolean spansSegments() {
    return kind == Kind.PATH;
  }

  public boolean signed() {
    return Boolean.TRUE.equals(args.get("signed"));
  }

  public long longArg(String name, long otherwise) {
    Object value = args.get(name);
    return value == null ? otherwise : ((Number) value).longValue();
  }

  public Double doubleArg(String name) {
    Object value = args.get(name);
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** The shortest and longest a {@code string} value may be (the longest -1 for unbounded). */
  public long[] lengths() {
    if (args.containsKey("length")) {
      long length = longArg("length", 1);
      return new long[] {length, length};
    }
    return new long[] {longArg("minlength", 1), longArg("maxlength", -1)};
  }

  /** The Java type a parameter bound to this converter would best be declared as. */
  public String suggestedType() {
    switch (kind) {
      case INT:
        return "int";
      case FLOAT:
        return "double";
      case UUID:
        return "java.util.UUID";
      case CUSTOM:
        return custom.valueType().toString();
      default:
        return "String";
    }
  }

  /** The Java types a parameter bound to this converter may be declared as, for messages. */
  public String accepted() {
    switch (kind) {
      case INT:
        return "int, long, Integer or Long";
      case FLOAT:
        return "double, float, Double or Float";
      case UUID:
        return "java.util.UUID or String";
      case CUSTOM:
        return custom.valueType().toString();
      default:
        return "String";
    }
  }

  /** The converter as written, arguments sorted: part of a rule's shape. */
  public String describe() {
    if (kind == Kind.ANY) {
      return "any" + items;
    }
    return args.isEmpty() ? name() : name() + new TreeMap<>(args);
  }

  /**
   * Whether this converter accepts every value {@code narrower} accepts, so that when this one is
   * tried first, a rule with {@code narrower} in the same place can never be reached.
   */
  public boolean covers(Converter narrower) {
    if (kind != narrower.kind) {
      return false;
    }
    switch (kind) {
      case STRING: {
        long[] mine = lengths();
        long[] theirs = narrower.lengths();
        return mine[0] <= theirs[0]
            && (mine[1] < 0 || theirs[1] >= 0 && mine[1] >= theirs[1]);
      }
      case INT:
      case FLOAT: {
        boolean fixed = !args.containsKey("fixed_digits")
            || args.get("fixed_digits").equals(narrower.args.get("fixed_digits"));
        Double min = doubleArg("min");
        Double max = doubleArg("max");
        Double theirMin = narrower.doubleArg("min");
        Double theirMax = narrower.doubleArg("max");
        return fixed && (signed() || !narrower.signed())
            && (min == null || theirMin != null && min <= theirMin)
            && (max == null || theirMax != null && max >= theirMax);
      }
      case ANY:
        return items.containsAll(narrower.items);
      case CUSTOM:
        return custom.equals(narrower.custom);
      default:
        return true;
    }
  }
}
