package dev.carafe.processor.write;

import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.plan.DispatchPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The URL template of every rule as the data the runtime's {@code UrlTemplate.read} takes: for
 * each rule, its static text between variables and, for each variable, its name and the line that
 * says how its converter writes a value, all as indexes into one table of texts.
 */
final class UrlTemplates {
  private final Map<String, Integer> texts = new LinkedHashMap<>();
  private final List<Integer> program = new ArrayList<>();
  private final List<CustomConverter> converters;

  private UrlTemplates(DispatchPlan plan) {
    this.converters = new ArrayList<>(plan.converterFields().keySet());
  }

  static UrlTemplates of(DispatchPlan plan) {
    UrlTemplates templates = new UrlTemplates(plan);
    plan.endpoints().forEach(templates::add);
    return templates;
  }

  /** Where the template of endpoint rule {@code index} is kept. */
  static String reference(int index) {
    return "RULES[" + index + "]";
  }

  List<String> texts() {
    return new ArrayList<>(texts.keySet());
  }

  int[] program() {
    return program.stream().mapToInt(Integer::intValue).toArray();
  }

  private void add(EndpointModel endpoint) {
    List<Integer> literals = new ArrayList<>();
    List<Integer> variables = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    for (Rule.Segment segment : endpoint.rule().segments()) {
      literal.append('/');
      for (Rule.Chunk chunk : segment.chunks()) {
        if (chunk instanceof Rule.Literal text) {
          literal.append(text.text());
        } else {
          Rule.Variable variable = (Rule.Variable) chunk;
          literals.add(text(literal.toString()));
          literal.setLength(0);
          variables.add(text(variable.name()));
          variables.add(text(value(variable.converter())));
        }
      }
    }
    literals.add(text(literal.toString()));
    program.add(variables.size() / 2);
    program.addAll(literals);
    program.addAll(variables);
  }

  /** The line of a variable's value: its converter with the bounds the rule gives it. */
  private String value(Converter converter) {
    switch (converter.kind()) {
      case INT:
        return "int " + converter.signed() + " " + converter.longArg("fixed_digits", 0) + " "
            + converter.longArg("min", converter.signed() ? Long.MIN_VALUE : 0) + " "
            + converter.longArg("max", Long.MAX_VALUE);
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
        converter.items().forEach(item -> line.append(' ').append(text(item)));
        return line.toString();
      }
      case CUSTOM:
        return "custom " + converters.indexOf(converter.custom());
      case STRING:
      default: {
        long[] lengths = converter.lengths();
        return "string " + lengths[0] + " " + lengths[1];
      }
    }
  }

  private int text(String text) {
    return texts.computeIfAbsent(text, t -> texts.size());
  }
}
