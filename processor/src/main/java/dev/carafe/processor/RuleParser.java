package dev.carafe.processor;

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

  private RuleParser(String text) {
    this.text = text;
  }

  static Rule parse(String text) throws RuleSyntaxException {
    return new RuleParser(text).rule();
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
    if (kind == null) {
      throw error("unknown converter '" + converterName + "' for variable '" + name
          + "'; the converters are " + Converter.Kind.known());
    }
    Map<String, Object> args = Map.of();
    if (paren >= 0) {
      if (!converterSpec.endsWith(")")) {
        throw error("the arguments of converter '" + converterName + "' are not closed by ')'");
      }
      args = arguments(kind, name, converterSpec.substring(paren + 1, converterSpec.length() - 1));
    }
    return new Rule.Variable(name, new Converter(kind, args));
  }

  private Map<String, Object> arguments(Converter.Kind kind, String variable, String list)
      throws RuleSyntaxException {
    Map<String, Object> args = new LinkedHashMap<>();
    if (list.isBlank()) {
      return args;
    }
    String[] items = list.split(",");
    for (int position = 0; position < items.length; position++) {
      String item = items[position].strip();
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
    try {
      long number = Long.parseLong(value);
      boolean isCount = !parameter.equals("min") && !parameter.equals("max");
      if (isCount && number < 0) {
        throw error("argument '" + parameter + "' of converter '" + kind.ruleName + "' of '"
            + variable + "' must not be negative, got " + value);
      }
      return number;
    } catch (NumberFormatException e) {
      throw error("argument '" + parameter + "' of converter '" + kind.ruleName + "' of '"
          + variable + "' must be a whole number, not '" + value + "'");
    }
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
