package dev.carafe.processor.write;

import dev.carafe.gateway.Percent;
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
          literals.add(text(Percent.encodePath(literal.toString())));
          literal.setLength(0);
          variables.add(text(variable.name()));
          variables.add(text(ConverterLines.of(variable.converter(),
              ConverterLines.ruleBounds(variable.converter()), this::text, converters)));
        }
      }
    }
    literals.add(text(Percent.encodePath(literal.toString())));
    program.add(variables.size() / 2);
    program.addAll(literals);
    program.addAll(variables);
  }

  private int text(String text) {
    return texts.computeIfAbsent(text, t -> texts.size());
  }
}
