package dev.carafe.processor.plan;

import dev.carafe.processor.model.EndpointModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Numbers the terminals of the route tree's nodes while the table is planned: for each node where
 * rules end, one terminal of all of them, and where strict and lenient rules mix, one of each
 * kind; then one per path of the whole-path table. Terminals of the same endpoints are one. A
 * terminal takes the next index the first time it is asked for, so the terminal table follows the
 * order of the nodes.
 */
final class Terminals {
  private final Map<EndpointModel, Integer> indexes;
  private final Map<String, Integer> named = new LinkedHashMap<>();
  private final Map<List<Integer>, Integer> byEndpoints = new HashMap<>();
  private final List<List<Integer>> table = new ArrayList<>();

  /** @param indexes each endpoint's index among the application's endpoints */
  Terminals(Map<EndpointModel, Integer> indexes) {
    this.indexes = indexes;
  }

  /** The terminal of every rule ending at {@code node}, or {@code null} if none does. */
  Integer all(RouteTree.Node node) {
    return node.rules.isEmpty() ? null : field("terminal" + node.id, node.rules);
  }

  /** The terminal of the rules at {@code node} with strict slashes, or {@code null} if none. */
  Integer strict(RouteTree.Node node) {
    List<EndpointModel> strict = node.rules.stream().filter(EndpointModel::strictSlashes).collect(Collectors.toList());
    if (strict.isEmpty()) {
      return null;
    }
    return strict.size() == node.rules.size() ? all(node) : field("strict" + node.id, strict);
  }

  /** The terminal of the rules at {@code node} without strict slashes, or {@code null} if none. */
  Integer lenient(RouteTree.Node node) {
    List<EndpointModel> lenient = node.rules.stream().filter(e -> !e.strictSlashes()).collect(Collectors.toList());
    if (lenient.isEmpty()) {
      return null;
    }
    return lenient.size() == node.rules.size() ? all(node) : field("lenient" + node.id, lenient);
  }

  /** The terminal of the rules without variables whose path is {@code path}. */
  int path(String path, List<EndpointModel> rules) {
    return field("path " + path, rules);
  }

  private Integer field(String name, List<EndpointModel> rules) {
    return named.computeIfAbsent(name, n -> {
      List<Integer> endpoints = rules.stream().map(indexes::get).collect(Collectors.toUnmodifiableList());
      return byEndpoints.computeIfAbsent(endpoints, e -> {
        table.add(e);
        return table.size() - 1;
      });
    });
  }

  /** Every terminal asked for so far: the endpoints of each, by index. */
  List<List<Integer>> table() {
    return List.copyOf(table);
  }

  /**
   * Whether a rule below {@code node} takes captured variable {@code capture} as an {@code int};
   * then a larger number is no match, so that it never overflows in the handler.
   */
  static boolean intSized(RouteTree.Node node, int capture) {
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
