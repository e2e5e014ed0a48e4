package dev.carafe.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.Part;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.plan.DispatchPlan;
import dev.carafe.processor.plan.PerfectHashPlan;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one method per node of the route tree. A node method gets the index {@code i} where the
 * next part of the path starts (past the end when no part is left) and the bounds of the
 * variables captured on the way; it answers a match, a redirect, the methods that would have
 * matched, or {@code null}, trying static transitions before dynamic ones and backtracking as
 * Werkzeug's matcher does.
 *
 * <p>Nothing grows with the number of routes: a node with many static children hands each group
 * of {@link #SLOTS_PER_METHOD} hash slots to a method of its own, the nodes are written
 * {@link #NODES_PER_CLASS} to a class, and terminals and hash displacements are elements of the
 * table's data arrays.
 */
final class NodeWriter {
  /** Hash slots of a node's static children per method; more are split over several methods. */
  static final int SLOTS_PER_METHOD = 128;
  /** Node methods per class: each costs a few constant-pool entries, of which a class has 65,535. */
  static final int NODES_PER_CLASS = 1024;

  private final DispatchPlan plan;
  private final List<DispatchPlan.Node> nodes;
  private final List<MethodSpec> slotMethods = new ArrayList<>();

  NodeWriter(DispatchPlan plan) {
    this.plan = plan;
    this.nodes = plan.nodes();
  }

  static String methodName(int node) {
    return "node" + node;
  }

  /**
   * The class a node's methods are written in: 0 for the table itself, else its nested class
   * {@code Nodes<part>}.
   */
  static int part(int node) {
    return node / NODES_PER_CLASS;
  }

  /** The field of the table that holds nested class {@code Nodes<part>}. */
  static String partField(int part) {
    return "nodes" + part;
  }

  /** The methods of {@code node}: its own, then those of its static children's slot groups. */
  List<MethodSpec> write(DispatchPlan.Node node) {
    slotMethods.clear();
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(writeNode(node));
    methods.addAll(slotMethods);
    return methods;
  }

  private MethodSpec writeNode(DispatchPlan.Node node) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(methodName(node.id()))
        .addModifiers(Modifier.PRIVATE)
        .returns(RuntimeTypes.ROUTE_MATCH)
        .addParameter(String.class, "method")
        .addParameter(String.class, "path")
        .addParameter(int.class, "i");
    for (int c = 0; c < node.captures(); c++) {
      method.addParameter(int.class, "s" + c).addParameter(int.class, "e" + c);
    }
    if (!node.rules().isEmpty()) {
      List<String> rules = rules(node);
      method.addJavadoc("Where rule$L $L end$L.\n", rules.size() == 1 ? "" : "s", String.join(", ", rules),
          rules.size() == 1 ? "s" : "");
    }
    method.addStatement("int len = path.length()");
    method.addCode(endOfPath(node));
    if (node.statics().isEmpty() && node.dynamics().isEmpty() && node.lenient() == null) {
      return method.addStatement("return null").build();
    }
    method.addStatement("int end = $T.end(path, i)", RuntimeTypes.SEGMENTS)
        .addStatement("$T notAllowed = null", RuntimeTypes.NOT_ALLOWED)
        .addStatement("$T r = null", RuntimeTypes.ROUTE_MATCH);
    method.addCode(statics(node));
    for (int d = 0; d < node.dynamics().size(); d++) {
      method.addCode(dynamic(node, node.dynamics().get(d), "d" + d + "_"));
    }
    if (node.lenient() != null) {
      String lenient = terminal(node.lenient());
      // Werkzeug: a rule without strict slashes also matches with one more slash at the end.
      method.beginControlFlow("if (i == len)")
          .addStatement("$T endpoint = $L.endpoint(method)", RuntimeTypes.ENDPOINT, lenient)
          .beginControlFlow("if (endpoint != null)")
          .addStatement("return endpoint.found($L)", params(node.captures()))
          .endControlFlow()
          .addStatement("notAllowed = $L.notAllowed().merge(notAllowed)", lenient)
          .endControlFlow();
    }
    return method.addStatement("return notAllowed").build();
  }

  private static List<String> rules(DispatchPlan.Node node) {
    List<String> rules = new ArrayList<>();
    for (String rule : node.rules()) {
      String text = "{@code " + rule.replace("@", "{@literal @}") + "}";
      if (!rules.contains(text)) {
        rules.add(text);
      }
    }
    return rules;
  }

  /** The terminal of index {@code index} in the table's terminal array. */
  private static String terminal(int index) {
    return "terminals[" + index + "]";
  }

  /** No part left: a rule ending here, or one ending with a slash more (a 308 when strict). */
  private static CodeBlock endOfPath(DispatchPlan.Node node) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("if (i > len)");
    boolean hasRules = node.terminal() != null;
    if (hasRules) {
      code.addStatement("$T endpoint = $L.endpoint(method)", RuntimeTypes.ENDPOINT, terminal(node.terminal()))
          .beginControlFlow("if (endpoint != null)")
          .addStatement("return endpoint.found($L)", params(node.captures()))
          .endControlFlow();
    }
    DispatchPlan.Slashed slashed = node.slashed();
    if (slashed != null) {
      code.addStatement("$T slashed", RuntimeTypes.ENDPOINT);
      if (slashed.lenient() != null) {
        code.addStatement("slashed = $L.endpoint(method)", terminal(slashed.lenient()))
            .beginControlFlow("if (slashed != null)")
            .addStatement("return slashed.found($L)", params(node.captures()))
            .endControlFlow();
      }
      if (slashed.strict() != null) {
        code.addStatement("slashed = $L.endpoint(method)", terminal(slashed.strict()))
            .beginControlFlow("if (slashed != null)")
            .addStatement("return $T.ifLocal(path + $S)", RuntimeTypes.REDIRECT, "/")
            .endControlFlow();
      }
    }
    if (hasRules) {
      code.addStatement("return $L.notAllowed()", terminal(node.terminal()));
    } else {
      code.addStatement("return null");
    }
    return code.endControlFlow().build();
  }

  private CodeBlock statics(DispatchPlan.Node node) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (node.statics().isEmpty()) {
      return code.build();
    }
    if (node.hash() == null) {
      DispatchPlan.StaticEdge only = node.statics().get(0);
      code.beginControlFlow("if ($L)", literalMatches(only.literal()))
          .add(call(node, only.child(), "end + 1", List.of()))
          .endControlFlow();
      return code.build();
    }
    PerfectHashPlan hash = node.hash();
    int buckets = hash.displacements().length - 1;
    CodeBlock displacement = buckets == 0
        ? CodeBlock.of("DISPLACEMENTS[$L]", node.hashOffset())
        : CodeBlock.of("DISPLACEMENTS[$L + (h & $L)]", node.hashOffset(), buckets);
    code.addStatement("int h = $T.hash($L, path, i, end)", RuntimeTypes.PERFECT_HASH, hash.seed());
    if (hash.slots().length > SLOTS_PER_METHOD) {
      return code.add(slotGroups(node, hash, displacement)).build();
    }
    code.beginControlFlow("switch ($T.slot(h, $L, $L))", RuntimeTypes.PERFECT_HASH, displacement,
        hash.mask());
    String[] slots = hash.slots();
    for (int slot = 0; slot < slots.length; slot++) {
      String literal = slots[slot];
      if (literal == null) {
        continue;
      }
      code.add("case $L:\n$>", slot)
          .beginControlFlow("if ($L)", literalMatches(literal))
          .add(call(node, node.child(literal), "end + 1", List.of()))
          .endControlFlow()
          .addStatement("break")
          .add("$<");
    }
    code.add("default:\n$>").addStatement("break").add("$<").endControlFlow();
    return code.build();
  }

  /**
   * The static children of a node with many: the slot picks a method of
   * {@link #SLOTS_PER_METHOD} slots, which compares the one literal the slot may hold and calls
   * its child, so that no method grows with the number of children.
   */
  private CodeBlock slotGroups(DispatchPlan.Node node, PerfectHashPlan hash, CodeBlock displacement) {
    List<String> arguments = new ArrayList<>(List.of("method", "path", "i", "end", "slot"));
    arguments.addAll(captured(node));
    CodeBlock.Builder code = CodeBlock.builder()
        .addStatement("int slot = $T.slot(h, $L, $L)", RuntimeTypes.PERFECT_HASH, displacement, hash.mask())
        .beginControlFlow("r = switch (slot / $L)", SLOTS_PER_METHOD);
    String[] slots = hash.slots();
    for (int group = 0; group * SLOTS_PER_METHOD < slots.length; group++) {
      String name = methodName(node.id()) + "Slots" + group;
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE)
          .returns(RuntimeTypes.ROUTE_MATCH)
          .addJavadoc("The static children of {@link #$L} in slots $L to $L.\n", methodName(node.id()),
              group * SLOTS_PER_METHOD, (group + 1) * SLOTS_PER_METHOD - 1)
          .addParameter(String.class, "method")
          .addParameter(String.class, "path")
          .addParameter(int.class, "i")
          .addParameter(int.class, "end")
          .addParameter(int.class, "slot");
      for (int c = 0; c < node.captures(); c++) {
        method.addParameter(int.class, "s" + c).addParameter(int.class, "e" + c);
      }
      method.beginControlFlow("switch (slot)");
      for (int slot = group * SLOTS_PER_METHOD; slot < Math.min(slots.length, (group + 1) * SLOTS_PER_METHOD); slot++) {
        String literal = slots[slot];
        if (literal == null) {
          continue;
        }
        method.addCode("case $L:\n$>", slot)
            .addStatement("return $L ? $L : null", literalMatches(literal),
                invocation(node, nodes.get(node.child(literal)), "end + 1", List.of()))
            .addCode("$<");
      }
      method.addCode("default:\n$>").addStatement("return null").addCode("$<").endControlFlow();
      slotMethods.add(method.build());
      code.add("case $L -> $L($L);\n", group, name, String.join(", ", arguments));
    }
    return code.add("default -> null;\n")
        .unindent().add("};\n")
        .add(keepAnswer())
        .build();
  }

  private static CodeBlock literalMatches(String literal) {
    return literal.isEmpty()
        ? CodeBlock.of("end == i")
        : CodeBlock.of("end - i == $L && path.startsWith($S, i)", literal.length(), literal);
  }

  private CodeBlock dynamic(DispatchPlan.Node node, DispatchPlan.DynamicEdge edge, String prefix) {
    Part part = edge.part();
    String stop = part.isFinal() ? "len" : "end";
    String next = part.isFinal() ? "len + 1" : "end + 1";
    if (part.chunks().size() == 1 && part.chunks().get(0) instanceof Rule.Variable variable) {
      // The part is one variable and nothing else: its value is the whole part if the converter
      // takes it, which is what PartMatcher would find, without its bookkeeping.
      Converter converter = variable.converter();
      CodeBlock valid = ConverterConditions.condition(converter, "i", stop, edge.intSized().get(0),
          part.isFinal(), plan.converterField(converter));
      return CodeBlock.builder()
          .add("// $L\n", part.key())
          .beginControlFlow("if ($L)", valid)
          .add(call(node, edge.child(), next, List.of("i", stop)))
          .endControlFlow()
          .build();
    }
    PartMatcher matcher = new PartMatcher(part, prefix, edge.intSized(), plan::converterField);
    List<String> captured = new ArrayList<>();
    for (int v = 0; v < part.variables().size(); v++) {
      captured.add(matcher.start(v));
      captured.add(matcher.end(v));
    }
    return CodeBlock.builder()
        .add("// $L\n{\n$>", part.key())
        .add(matcher.write("i", stop))
        .beginControlFlow("if ($L)", matcher.matched())
        .add(call(node, edge.child(), next, captured))
        .endControlFlow()
        .add("$<}\n")
        .build();
  }

  /** Calls a child and returns its answer if final, else keeps the methods it would allow. */
  private CodeBlock call(DispatchPlan.Node node, int childId, String next, List<String> captured) {
    DispatchPlan.Node child = nodes.get(childId);
    if (child.inlined()) {
      return leaf(node, child, next, captured);
    }
    return CodeBlock.builder()
        .addStatement("r = $L", invocation(node, child, next, captured))
        .add(keepAnswer())
        .build();
  }

  /** Returns a child's answer {@code r} if final, else keeps the methods it would allow. */
  private static CodeBlock keepAnswer() {
    return CodeBlock.builder()
        .beginControlFlow("if (r != null)")
        .beginControlFlow("if (!(r instanceof $T))", RuntimeTypes.NOT_ALLOWED)
        .addStatement("return r")
        .endControlFlow()
        .addStatement("notAllowed = (($T) r).merge(notAllowed)", RuntimeTypes.NOT_ALLOWED)
        .endControlFlow()
        .build();
  }

  /**
   * What an inlined leaf's method would do, in its parent's: past the end of the path, its
   * endpoint for the method, or the methods it allows; else nothing.
   */
  private static CodeBlock leaf(DispatchPlan.Node node, DispatchPlan.Node child, String next,
      List<String> captured) {
    List<String> bounds = captured(node);
    bounds.addAll(captured);
    CodeBlock params = bounds.isEmpty()
        ? CodeBlock.of("")
        : CodeBlock.of("new $T(path, $L)", RuntimeTypes.PATH_PARAMS, String.join(", ", bounds));
    String terminal = terminal(child.terminal());
    List<String> rules = new ArrayList<>();
    child.rules().forEach(rule -> {
      if (!rules.contains(rule)) {
        rules.add(rule);
      }
    });
    CodeBlock.Builder code = CodeBlock.builder()
        .add("// Where $L end$L.\n", String.join(", ", rules), rules.size() == 1 ? "s" : "");
    boolean last = next.equals("len + 1");
    if (!last) {
      // The child would see i > len: this part was the path's last.
      code.beginControlFlow("if ($L == len)", next.replace(" + 1", ""));
    }
    code.addStatement("$T endpoint = $L.endpoint(method)", RuntimeTypes.ENDPOINT, terminal)
        .beginControlFlow("if (endpoint != null)")
        .addStatement("return endpoint.found($L)", params)
        .endControlFlow()
        .addStatement("notAllowed = $L.notAllowed().merge(notAllowed)", terminal);
    if (!last) {
      code.endControlFlow();
    }
    return code.build();
  }

  /** The call of {@code child}'s method, through the nested class it is written in if need be. */
  private static CodeBlock invocation(DispatchPlan.Node node, DispatchPlan.Node child, String next,
      List<String> captured) {
    List<String> arguments = new ArrayList<>(List.of("method", "path", next));
    arguments.addAll(captured(node));
    arguments.addAll(captured);
    int part = part(child.id());
    return part == part(node.id()) || part == 0
        ? CodeBlock.of("$L($L)", methodName(child.id()), String.join(", ", arguments))
        : CodeBlock.of("$L.$L($L)", partField(part), methodName(child.id()), String.join(", ", arguments));
  }

  /** The bounds of the variables captured on the way to {@code node}, as parameter names. */
  private static List<String> captured(DispatchPlan.Node node) {
    List<String> bounds = new ArrayList<>();
    for (int c = 0; c < node.captures(); c++) {
      bounds.add("s" + c);
      bounds.add("e" + c);
    }
    return bounds;
  }

  static CodeBlock params(int captures) {
    if (captures == 0) {
      return CodeBlock.of("");
    }
    List<String> bounds = new ArrayList<>();
    for (int c = 0; c < captures; c++) {
      bounds.add("s" + c);
      bounds.add("e" + c);
    }
    return CodeBlock.of("new $T(path, $L)", RuntimeTypes.PATH_PARAMS, String.join(", ", bounds));
  }
}
