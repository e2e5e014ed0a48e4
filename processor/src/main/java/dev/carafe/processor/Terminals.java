package dev.carafe.processor;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The terminals of the route tree's nodes, as fields of the generated table: for each node where
 * rules end, one terminal of all of them, and where strict and lenient rules mix, one of each
 * kind. Also answers which captured variables must fit an {@code int}, and collects the per-node
 * perfect hashes the node methods use.
 */
final class Terminals {
  private final List<EndpointModel> endpoints;
  private final Map<String, CodeBlock> fields = new LinkedHashMap<>();
  private final Map<String, PerfectHashPlan> hashes = new LinkedHashMap<>();

  Terminals(List<EndpointModel> endpoints) {
    this.endpoints = endpoints;
  }

  /** The terminal of every rule ending at {@code node}. */
  String all(RouteTree.Node node) {
    return field("terminal" + node.id, node.rules);
  }

  /** The terminal of the rules at {@code node} with strict slashes, or {@code null} if none. */
  String strict(RouteTree.Node node) {
    List<EndpointModel> strict = node.rules.stream().filter(EndpointModel::strictSlashes).collect(Collectors.toList());
    if (strict.isEmpty()) {
      return null;
    }
    return strict.size() == node.rules.size() ? all(node) : field("strict" + node.id, strict);
  }

  /** The terminal of the rules at {@code node} without strict slashes, or {@code null} if none. */
  String lenient(RouteTree.Node node) {
    List<EndpointModel> lenient = node.rules.stream().filter(e -> !e.strictSlashes()).collect(Collectors.toList());
    if (lenient.isEmpty()) {
      return null;
    }
    return lenient.size() == node.rules.size() ? all(node) : field("lenient" + node.id, lenient);
  }

  private String field(String name, List<EndpointModel> rules) {
    fields.computeIfAbsent(name, n -> CodeBlock.of("new $T($L)", RuntimeTypes.TERMINAL,
        rules.stream().map(e -> "endpoints[" + endpoints.indexOf(e) + "]").collect(Collectors.joining(", "))));
    return name;
  }

  /** Every terminal field and how the constructor makes it. */
  Map<String, CodeBlock> fields() {
    return fields;
  }

  Map<String, PerfectHashPlan> hashes() {
    return hashes;
  }

  /**
   * Whether a rule below {@code node} takes captured variable {@code capture} as an {@code int};
   * then a larger number is no match, so that it never overflows in the handler.
   */
  boolean intSized(RouteTree.Node node, int capture) {
    for (EndpointModel endpoint : below(node)) {
      for (EndpointModel.Binding binding : endpoint.bindings()) {
        if (binding instanceof EndpointModel.PathVariable variable && variable.index() == capture
            && variable.type() != null && variable.type().isIntSized()) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<EndpointModel> below(RouteTree.Node node) {
    List<EndpointModel> rules = new ArrayList<>(node.rules);
    for (RouteTree.Node child : node.statics.values()) {
      rules.addAll(below(child));
    }
    for (RouteTree.Edge edge : node.dynamics) {
      rules.addAll(below(edge.child()));
    }
    return rules;
  }
}
