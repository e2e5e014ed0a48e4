package dev.carafe.processor.plan;

import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state machine Werkzeug's matcher walks, built at compile time: rules that share leading
 * parts share nodes; each node has static transitions (a segment's exact text), dynamic
 * transitions in priority order, and the rules that end there.
 */
final class RouteTree {
  private final Node root = new Node(0, 0);
  private final List<Node> nodes = new ArrayList<>(List.of(root));

  static RouteTree of(List<EndpointModel> endpoints) {
    RouteTree tree = new RouteTree();
    for (EndpointModel endpoint : endpoints) {
      tree.add(endpoint);
    }
    for (Node node : tree.nodes) {
      node.dynamics.sort((a, b) -> Part.PRIORITY.compare(a.part(), b.part()));
    }
    return tree;
  }

  private void add(EndpointModel endpoint) {
    Node node = root;
    for (Part part : Part.of(endpoint.rule())) {
      node = part.isStatic() ? staticChild(node, part.literal()) : dynamicChild(node, part);
    }
    node.rules.add(endpoint);
  }

  private Node staticChild(Node node, String literal) {
    return node.statics.computeIfAbsent(literal, l -> newNode(node.captures));
  }

  private Node dynamicChild(Node node, Part part) {
    for (Edge edge : node.dynamics) {
      if (edge.part().key().equals(part.key())) {
        return edge.child();
      }
    }
    Node child = newNode(node.captures + part.variables().size());
    node.dynamics.add(new Edge(part, child));
    return child;
  }

  private Node newNode(int captures) {
    Node node = new Node(nodes.size(), captures);
    nodes.add(node);
    return node;
  }

  Node root() {
    return root;
  }

  List<Node> nodes() {
    return nodes;
  }

  /**
   * One state.
   *
   * <p>{@code captures} is how many variables a path has captured on its way here; it is the same
   * for every path to a node, so the matcher knows where a node's variables go.
   */
  static final class Node {
    final int id;
    final int captures;
    final Map<String, Node> statics = new TreeMap<>();
    final List<Edge> dynamics = new ArrayList<>();
    final List<EndpointModel> rules = new ArrayList<>();

    Node(int id, int captures) {
      this.id = id;
      this.captures = captures;
    }
  }

  /** A dynamic transition. */
  record Edge(Part part, Node child) {}
}
