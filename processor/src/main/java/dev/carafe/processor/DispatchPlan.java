package dev.carafe.processor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an application's rules are matched, decided at compile time: static rules by a perfect hash
 * of the whole path, the other rules grouped by shape (rules of one shape and different methods
 * share a terminal) and tried in Werkzeug's priority order.
 *
 * @param statics the endpoints of each static path, paths in endpoint order
 * @param staticHash the perfect hash over the static paths, or {@code null} when there are none
 * @param dynamics the endpoints of each dynamic shape, in the order they are tried
 */
record DispatchPlan(
    Map<String, List<EndpointModel>> statics,
    PerfectHashPlan staticHash,
    List<List<EndpointModel>> dynamics) {

  static DispatchPlan of(List<EndpointModel> endpoints) {
    Map<String, List<EndpointModel>> statics = new LinkedHashMap<>();
    Map<String, List<EndpointModel>> shapes = new LinkedHashMap<>();
    for (EndpointModel endpoint : endpoints) {
      Rule rule = endpoint.rule();
      if (rule.isStatic()) {
        statics.computeIfAbsent(rule.staticPath(), p -> new ArrayList<>()).add(endpoint);
      } else {
        shapes.computeIfAbsent(rule.shape(), s -> new ArrayList<>()).add(endpoint);
      }
    }
    List<List<EndpointModel>> dynamics = new ArrayList<>(shapes.values());
    dynamics.sort(Comparator.comparing(group -> group.get(0).rule(), DispatchPlan::compareRules));
    PerfectHashPlan hash = statics.isEmpty() ? null : PerfectHashPlan.of(new ArrayList<>(statics.keySet()));
    return new DispatchPlan(statics, hash, dynamics);
  }

  /**
   * Werkzeug's order, segment by segment: a static segment before a dynamic one; then the segment
   * with more static text; then lower converter weights ({@code int} before {@code string}).
   */
  static int compareRules(Rule a, Rule b) {
    int shared = Math.min(a.segments().size(), b.segments().size());
    for (int i = 0; i < shared; i++) {
      int order = Integer.compare(rank(a.segments().get(i)), rank(b.segments().get(i)));
      if (order == 0) {
        order = Integer.compare(staticLength(b.segments().get(i)), staticLength(a.segments().get(i)));
      }
      if (order == 0) {
        order = Integer.compare(weight(a.segments().get(i)), weight(b.segments().get(i)));
      }
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.segments().size(), b.segments().size());
  }

  private static int rank(Rule.Segment segment) {
    return segment.isStatic() ? 0 : 1;
  }

  private static int staticLength(Rule.Segment segment) {
    int length = 0;
    for (Rule.Chunk chunk : segment.chunks()) {
      if (chunk instanceof Rule.Literal) {
        length += ((Rule.Literal) chunk).text().length();
      }
    }
    return length;
  }

  private static int weight(Rule.Segment segment) {
    int weight = 0;
    for (Rule.Chunk chunk : segment.chunks()) {
      if (chunk instanceof Rule.Variable) {
        weight += ((Rule.Variable) chunk).converter().kind().weight;
      }
    }
    return weight;
  }
}
