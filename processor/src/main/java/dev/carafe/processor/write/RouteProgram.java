package dev.carafe.processor.write;

import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.plan.DispatchPlan;
import dev.carafe.processor.plan.PerfectHashPlan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dispatch plan as the data the runtime's {@code RouteData} reads: the texts of the table
 * (segments, whole paths, converter lines), each once, and its structure as a list of numbers, in
 * the order that class documents. A pure function of the plan.
 */
final class RouteProgram {
  private final DispatchPlan plan;
  private final Map<String, Integer> texts = new LinkedHashMap<>();
  private final List<Integer> program = new ArrayList<>();
  private final List<CustomConverter> converters;

  private RouteProgram(DispatchPlan plan) {
    this.plan = plan;
    this.converters = new ArrayList<>(plan.converterFields().keySet());
  }

  static RouteProgram of(DispatchPlan plan) {
    RouteProgram program = new RouteProgram(plan);
    program.write();
    return program;
  }

  /** The texts, by index. */
  List<String> texts() {
    return new ArrayList<>(texts.keySet());
  }

  /** The structure. */
  int[] program() {
    return program.stream().mapToInt(Integer::intValue).toArray();
  }

  private void write() {
    staticPaths(plan.statics());
    Map<String, Integer> checks = new LinkedHashMap<>();
    Map<String, Integer> parts = new LinkedHashMap<>();
    List<List<Integer>> partCodes = new ArrayList<>();
    List<List<Integer>> nodes = new ArrayList<>();
    for (DispatchPlan.Node node : plan.nodes()) {
      List<Integer> code = new ArrayList<>();
      code.add(node.captures());
      code.add(orNone(node.terminal()));
      code.add(orNone(node.lenient()));
      code.add(node.slashed() == null ? -1 : orNone(node.slashed().lenient()));
      code.add(node.slashed() == null ? -1 : orNone(node.slashed().strict()));
      statics(node, code);
      code.add(node.dynamics().size());
      for (DispatchPlan.DynamicEdge edge : node.dynamics()) {
        List<Integer> part = part(edge, checks);
        String key = part.toString();
        Integer index = parts.get(key);
        if (index == null) {
          index = parts.size();
          parts.put(key, index);
          partCodes.add(part);
        }
        code.add(index);
        code.add(edge.child());
      }
      nodes.add(code);
    }
    program.add(checks.size());
    checks.keySet().forEach(line -> program.add(text(line)));
    program.add(partCodes.size());
    partCodes.forEach(program::addAll);
    program.add(nodes.size());
    nodes.forEach(program::addAll);
  }

  private void staticPaths(DispatchPlan.StaticTable table) {
    if (table == null) {
      program.add(0);
      return;
    }
    PerfectHashPlan hash = table.hash();
    program.add(1);
    program.add(hash.seed());
    ints(hash.displacements());
    ints(table.positions());
    List<Integer> lengths = new ArrayList<>();
    boolean[] hasLength = table.lengths();
    for (int length = 0; length < hasLength.length; length++) {
      if (hasLength[length]) {
        lengths.add(length);
      }
    }
    ints(lengths.stream().mapToInt(Integer::intValue).toArray());
    int[] terminals = new int[hash.slots().length];
    Arrays.fill(terminals, -1);
    for (DispatchPlan.StaticPath path : table.paths()) {
      terminals[path.slot()] = path.terminal();
    }
    program.add(terminals.length);
    for (int slot = 0; slot < terminals.length; slot++) {
      String path = hash.slots()[slot];
      program.add(path == null ? -1 : literal(path));
      program.add(terminals[slot]);
    }
  }

  private void statics(DispatchPlan.Node node, List<Integer> code) {
    if (node.hash() == null) {
      code.add(node.statics().size());
      for (DispatchPlan.StaticEdge edge : node.statics()) {
        code.add(literal(edge.literal()));
        code.add(edge.child());
      }
      return;
    }
    PerfectHashPlan hash = node.hash();
    String[] slots = hash.slots();
    code.add(slots.length);
    code.add(hash.seed());
    code.add(hash.displacements().length);
    for (int displacement : hash.displacements()) {
      code.add(displacement);
    }
    for (String literal : slots) {
      code.add(literal == null ? -1 : literal(literal));
      code.add(literal == null ? -1 : node.child(literal));
    }
  }

  /**
   * A part: whether final (1) and suffixed (2), then its chunks, a text or {@code -1 - k} for
   * check {@code k}.
   */
  private List<Integer> part(DispatchPlan.DynamicEdge edge, Map<String, Integer> checks) {
    Part part = edge.part();
    List<Integer> code = new ArrayList<>();
    code.add((part.isFinal() ? 1 : 0) | (part.suffixed() ? 2 : 0));
    code.add(part.chunks().size());
    int variable = 0;
    for (Rule.Chunk chunk : part.chunks()) {
      if (chunk instanceof Rule.Literal literal) {
        code.add(literal(literal.text()));
      } else {
        String line = check(((Rule.Variable) chunk).converter(), edge.intSized().get(variable++));
        code.add(-1 - checks.computeIfAbsent(line, l -> checks.size()));
      }
    }
    return code;
  }

  /**
   * The line of a converter's check, with the range of the Java type the handler takes folded
   * into an {@code int}'s bounds, so a value that would not fit is no match.
   */
  private String check(Converter converter, boolean intSized) {
    long[] bounds = {converter.longArg("min", converter.signed()
        ? (intSized ? Integer.MIN_VALUE : Long.MIN_VALUE) : 0),
        converter.longArg("max", intSized ? Integer.MAX_VALUE : Long.MAX_VALUE)};
    if (intSized) {
      bounds[0] = Math.max(bounds[0], Integer.MIN_VALUE);
      bounds[1] = Math.min(bounds[1], Integer.MAX_VALUE);
    }
    return ConverterLines.of(converter, bounds, this::literal, converters);
  }

  private void ints(int[] values) {
    program.add(values.length);
    for (int value : values) {
      program.add(value);
    }
  }

  /**
   * The text of a rule's literal as the router compares it with a request's path, in which every
   * escape is decoded but those of {@code /} and {@code %}: a {@code %} of the rule is {@code %25}.
   */
  private int literal(String text) {
    return text(text.replace("%", "%25"));
  }

  private int text(String text) {
    return texts.computeIfAbsent(text, t -> texts.size());
  }

  private static int orNone(Integer terminal) {
    return terminal == null ? -1 : terminal;
  }
}
