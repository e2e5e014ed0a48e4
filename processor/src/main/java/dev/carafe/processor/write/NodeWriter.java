package dev.carafe.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.carafe.processor.model.Part;
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
 */
final class NodeWriter {
  private final DispatchPlan plan;

  NodeWriter(DispatchPlan plan) {
    this.plan = plan;
  }

  static String methodName(int node) {
    return "node" + node;
  }

  MethodSpec write(DispatchPlan.Node node) {
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
    String lenient = node.lenient();
    if (lenient != null) {
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

  /** No part left: a rule ending here, or one ending with a slash more (a 308 when strict). */
  private static CodeBlock endOfPath(DispatchPlan.Node node) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("if (i > len)");
    boolean hasRules = node.terminal() != null;
    if (hasRules) {
      code.addStatement("$T endpoint = $L.endpoint(method)", RuntimeTypes.ENDPOINT, node.terminal())
          .beginControlFlow("if (endpoint != null)")
          .addStatement("return endpoint.found($L)", params(node.captures()))
          .endControlFlow();
    }
    DispatchPlan.Slashed slashed = node.slashed();
    if (slashed != null) {
      code.addStatement("$T slashed", RuntimeTypes.ENDPOINT);
      if (slashed.lenient() != null) {
        code.addStatement("slashed = $L.endpoint(method)", slashed.lenient())
            .beginControlFlow("if (slashed != null)")
            .addStatement("return slashed.found($L)", params(node.captures()))
            .endControlFlow();
      }
      if (slashed.strict() != null) {
        code.addStatement("slashed = $L.endpoint(method)", slashed.strict())
            .beginControlFlow("if (slashed != null)")
            .addStatement("return $T.ifLocal(path + $S)", RuntimeTypes.REDIRECT, "/")
            .endControlFlow();
      }
    }
    if (hasRules) {
      code.addStatement("return $L.notAllowed()", node.terminal());
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
    code.addStatement("int h = $T.hash($L, path, i, end)", RuntimeTypes.PERFECT_HASH, hash.seed())
        .beginControlFlow("switch ($T.slot(h, $L[h & $L], $L))", RuntimeTypes.PERFECT_HASH,
            plan.hashField(node), hash.displacements().length - 1, hash.mask());
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

  private static CodeBlock literalMatches(String literal) {
    return literal.isEmpty()
        ? CodeBlock.of("end == i")
        : CodeBlock.of("end - i == $L && path.startsWith($S, i)", literal.length(), literal);
  }

  private CodeBlock dynamic(DispatchPlan.Node node, DispatchPlan.DynamicEdge edge, String prefix) {
    Part part = edge.part();
    String stop = part.isFinal() ? "len" : "end";
    String next = part.isFinal() ? "len + 1" : "end + 1";
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
  private static CodeBlock call(DispatchPlan.Node node, int child, String next, List<String> captured) {
    List<String> arguments = new ArrayList<>(List.of("method", "path", next));
    for (int c = 0; c < node.captures(); c++) {
      arguments.add("s" + c);
      arguments.add("e" + c);
    }
    arguments.addAll(captured);
    return CodeBlock.builder()
        .addStatement("r = $L($L)", methodName(child), String.join(", ", arguments))
        .beginControlFlow("if (r != null)")
        .beginControlFlow("if (!(r instanceof $T))", RuntimeTypes.NOT_ALLOWED)
        .addStatement("return r")
        .endControlFlow()
        .addStatement("notAllowed = (($T) r).merge(notAllowed)", RuntimeTypes.NOT_ALLOWED)
        .endControlFlow()
        .build();
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
