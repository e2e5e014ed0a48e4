package dev.carafe.processor.read;

import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses Flask's rule syntax: {@code /user/<int(min=1):id>/posts}. A variable is
 * {@code <name>} or {@code <converter:name>} or {@code <converter(arguments):name>}; arguments are
 * positional or named, as in Werkzeug.
 */
final class RuleParser {
  private final String text;
  private final Map<String, CustomConverter> custom;

  private RuleParser(String text, Map<String, CustomConverter> custom) {
    this.text = text;
    this.custom = custom;
  }

  static Rule parse(String text) throws RuleSyntaxException {
    return parse(text, Map.of());
  }

  /** Parses {@code text}, knowing the application's own converters by name. */
  static Rule parse(String text, Map<String, CustomConverter> custom) throws RuleSyntaxException {
    return new RuleParser(text, custom).rule();
  }

  private Rule rule() throws RuleSyntaxException {
    if (!text.startsWith("/")) {
      throw new RuleSyntaxException(
          "Rule '" + text + "' must start with a slash: write '/" + text + "'");
    }
    List<Rule.Segment> segments = new ArrayList<>();
    List<Rule.Chunk> chunks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int i = 1;
    StringBuilder literal = new StringBuilder();
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '/') {
        flush(literal, chunks);
        segments.add(new Rule.Segment(List.copyOf(chunks)));
        chunks.clear();
        i++;
      } else if (c == '<') {
        flush(literal, chunks);
        int close = text.indexOf('>', i);
        if (close < 0) {
          throw error("'<' at column " + (i + 1) + " is never closed by '>'");
        }
        Rule.Variable variable = variable(text.substring(i + 1, close), i);
        if (!names.add(variable.name())) {
          throw error("the variable '" + variable.name() + "' appears twice; give each variable"
              + " its own name");
        }
        chunks.add(variable);
        i = close + 1;
      } else if (c == '>') {
        throw error("'>' at column " + (i + 1) + " closes no variable");
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, chunks);
    segments.add(new Rule.Segment(List.copyOf(chunks)));
    for (Rule.Segment segment : segments) {
      checkAdjacentVariables(segment);
    }
    return new Rule(text, List.copyOf(segments));
  }

  private void checkAdjacentVariables(Rule.Segment segment) throws RuleSyntaxException {
    List<Rule.Chunk> chunks = segment.chunks();
    for (int i = 1; i < chunks.size(); i++) {
      if (chunks.get(i) instanceof Rule.Variable && chunks.get(i - 1) instanceof Rule.Variable) {
        throw error("the variables '" + ((Rule.Variable) chunks.get(i - 1)).name() + "' and '"
            + ((Rule.Variable) chunks.get(i)).name() + "' touch, so where one ends is undecidable;"
            + " put static text between them, as in <a>-<b>");
      }
    }
  }

  private static void flush(StringBuilder literal, List<Rule.Chunk> chunks) {
    if (literal.length() > 0) {
      chunks.add(new Rule.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /** Parses what stands between {@code <} and {@code >}. */
  private Rule.Variable variable(String inside, int at) throws RuleSyntaxException {
    String spec = inside.strip();
    int colon = spec.lastIndexOf(':');
    int paren = spec.indexOf('(');
    if (paren >= 0 && colon < paren) {
      throw error("the variable at column " + (at + 1) + " has converter arguments but no name;"
          + " write <converter(arguments):name>");
    }
    String name = spec.substring(colon + 1).strip();
    if (!isIdentifier(name)) {
      throw error("'" + name + "' at column " + (at + 1) + " is not a variable name; a name is a"
          + " Java identifier, as in <name> or <int:id>");
    }
    if (colon < 0) {
      return new Rule.Variable(name, Converter.defaultString());
    }
    String converterSpec = spec.substring(0, colon).strip();
    String converterName = paren < 0 ? converterSpec : converterSpec.substring(0, paren).strip();
    Converter.Kind kind = Converter.Kind.named(converterName);
    CustomConverter user = custom.get(converterName);
    if (kind == null && user == null) {
      String known = Converter.Kind.known()
          + (custom.isEmpty() ? "" : ", " + String.join(", ", new java.util.TreeSet<>(custom.keySet())));
      throw error("unknown converter '" + converterName + "' for variable '" + name
          + "'; the converters are " + known);
    }
    if (paren >= 0 && !converterSpec.endsWith(")")) {
      throw error("the arguments of converter '" + converterName + "' are not closed by ')'");
    }
    List<String> list = paren < 0 ? List.of()
        : split(converterSpec.substring(paren + 1, converterSpec.length() - 1));
    if (kind == null) {
      if (!list.isEmpty()) {
        throw error("converter '" + converterName + "' of '" + name + "' takes no arguments");
      }
      return new Rule.Variable(name, new Converter(Converter.Kind.CUSTOM, Map.of(), List.of(), user));
    }
    if (kind == Converter.Kind.ANY) {
      return new Rule.Variable(name, new Converter(kind, Map.of(), anyItems(name, list), null));
    }
    return new Rule.Variable(name, new Converter(kind, arguments(kind, name, list), List.of(), null));
  }

  private List<String> anyItems(String variable, List<String> list) throws RuleSyntaxException {
    List<String> items = new ArrayList<>();
    for (String item : list) {
      String word = unquote(item);
      if (word.isEmpty() || word.contains("/")) {
        throw error("converter 'any' of '" + variable + "' has the item '" + item + "'; an item is"
            + " a non-empty word without '/'");
      }
      if (items.contains(word)) {
        throw error("converter 'any' of '" + variable + "' lists '" + word + "' twice");
      }
      items.add(word);
    }
    if (items.isEmpty()) {
      throw error("converter 'any' of '" + variable + "' needs the words it accepts, as in"
          + " <any(about, help):page>");
    }
    return List.copyOf(items);
  }

  /** Splits converter arguments on commas outside quotes. */
  private List<String> split(String list) throws RuleSyntaxException {
    List<String> items = new ArrayList<>();
    if (list.isBlank()) {
      return items;
    }
    StringBuilder item = new StringBuilder();
    char quote = 0;
    for (char c : list.toCharArray()) {
      if (quote != 0) {
        item.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        item.append(c);
      } else if (c == ',') {
        items.add(item.toString().strip());
        item.setLength(0);
      } else {
        item.append(c);
      }
    }
    if (quote != 0) {
      throw error("a quote in the converter arguments '" + list + "' is never closed");
    }
    items.add(item.toString().strip());
    return items;
  }

  private static String unquote(String item) {
    if (item.length() >= 2 && (item.charAt(0) == '"' || item.charAt(0) == '\'')
        && item.charAt(item.length() - 1) == item.charAt(0)) {
      return item.substring(1, item.length() - 1);
    }
    return item;
  }

  private Map<String, Object> arguments(Converter.Kind kind, String variable, List<String> items)
      throws RuleSyntaxException {
    Map<String, Object> args = new LinkedHashMap<>();
    if (!items.isEmpty() && kind.parameters.isEmpty()) {
      throw error("converter '" + kind.ruleName + "' of '" + variable + "' takes no arguments");
    }
    for (int position = 0; position < items.size(); position++) {
      String item = items.get(position);
      int eq = item.indexOf('=');
      String parameter;
      String value;
      if (eq >= 0) {
        parameter = item.substring(0, eq).strip();
        value = item.substring(eq + 1).strip();
        if (!kind.parameters.contains(parameter)) {
          throw error("converter '" + kind.ruleName + "' of '" + variable + "' has no argument '"
              + parameter + "'; its arguments are " + String.join(", ", kind.parameters));
        }
      } else {
        if (position >= kind.parameters.size()) {
          throw error("converter '" + kind.ruleName + "' of '" + variable + "' takes at most "
              + kind.parameters.size() + " arguments (" + String.join(", ", kind.parameters) + ")");
        }
        parameter = kind.parameters.get(position);
        value = item;
      }
      if (args.put(parameter, literal(kind, variable, parameter, value)) != null) {
        throw error("converter '" + kind.ruleName + "' of '" + variable + "' is given '"
            + parameter + "' twice");
      }
    }
    return args;
  }

  private Object literal(Converter.Kind kind, String variable, String parameter, String value)
      throws RuleSyntaxException {
    if (parameter.equals("signed")) {
      if (value.equals("True") || value.equals("true")) {
        return Boolean.TRUE;
      }
      if (value.equals("False") || value.equals("false")) {
        return Boolean.FALSE;
      }
      throw error("argument 'signed' of converter '" + kind.ruleName + "' of '" + variable
          + "' must be True or False, not '" + value + "'");
    }
    boolean isBound = parameter.equals("min") || parameter.equals("max");
    if (kind == Converter.Kind.FLOAT && isBound) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw error("argument '" + parameter + "' of converter 'float' of '" + variable
            + "' must be a number, not '" + value + "'");
      }
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw error("argument '" + parameter + "' of converter '" + kind.ruleName + "' of '"
          + variable + "' must be a whole number, not '" + value + "'");
    }
    if (!isBound && number < 0) {
      throw error("argument '" + parameter + "' of converter '" + kind.ruleName + "' of '"
          + variable + "' must not be negative, got " + value);
    }
    return number;
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (!Character.isJavaIdentifierPart(name.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private RuleSyntaxException error(String what) {
    return new RuleSyntaxException("Malformed rule '" + text + "': " + what);
  }
}
