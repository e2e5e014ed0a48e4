package dev.carafe.processor.plan;

import dev.carafe.processor.model.ApplicationModel;
import dev.carafe.processor.model.BlueprintModel;
import dev.carafe.processor.model.Converter;
import dev.carafe.processor.model.CustomConverter;
import dev.carafe.processor.model.EndpointModel;
import dev.carafe.processor.model.Rule;
import dev.carafe.processor.model.ThreadingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;

/**
 * Plans an application's dispatch table: builds the route tree, searches every perfect hash and
 * names every terminal and converter field, once, so that the writers only read the result.
 */
public final class DispatchPlanner {
  private DispatchPlanner() {}

  public static DispatchPlan plan(ApplicationModel app) {
    List<EndpointModel> endpoints = app.endpoints();
    Map<EndpointModel, Integer> indexes = new HashMap<>();
    for (int i = 0; i < endpoints.size(); i++) {
      indexes.putIfAbsent(endpoints.get(i), i);
    }
    Terminals terminals = new Terminals(indexes);
    // A build-only rule builds URLs and is never matched.
    List<EndpointModel> routed = endpoints.stream().filter(e -> !e.buildOnly()).toList();
    RouteTree tree = RouteTree.of(routed);
    List<DispatchPlan.Node> nodes = new ArrayList<>();
    for (RouteTree.Node node : tree.nodes()) {
      nodes.add(node(node, terminals));
    }
    DispatchPlan.StaticTable statics = statics(routed, terminals);
    return new DispatchPlan(app, statics, List.copyOf(nodes), terminals.table(),
        converterFields(endpoints), controllers(app), blueprints(app), nonBlocking(app),
        app.threading().routingErrorsNonBlocking(app.hooks()));
  }

  /** Where each endpoint's requests run: see {@link ThreadingModel#nonBlocking(EndpointModel, List)}. */
  private static List<Boolean> nonBlocking(ApplicationModel app) {
    List<Boolean> nonBlocking = new ArrayList<>();
    for (EndpointModel endpoint : app.endpoints()) {
      nonBlocking.add(app.threading().nonBlocking(endpoint, app.hooks()));
    }
    return List.copyOf(nonBlocking);
  }

  /** The whole-path table of the rules without variables, or {@code null} if there are none. */
  private static DispatchPlan.StaticTable statics(List<EndpointModel> endpoints, Terminals terminals) {
    Map<String, List<EndpointModel>> byPath = new LinkedHashMap<>();
    for (EndpointModel endpoint : endpoints) {
      if (endpoint.rule().isStatic()) {
        byPath.computeIfAbsent(endpoint.rule().staticPath(), p -> new ArrayList<>()).add(endpoint);
      }
    }
    if (byPath.isEmpty()) {
      return null;
    }
    int[] positions = SampledPositions.choose(byPath.keySet());
    PerfectHashPlan hash = PerfectHashPlan.of(
        new ArrayList<>(byPath.keySet()), (seed, path) -> StaticHash.sampled(seed, path, positions));
    int longest = byPath.keySet().stream().mapToInt(String::length).max().orElse(0);
    boolean[] lengths = new boolean[longest + 1];
    byPath.keySet().forEach(path -> lengths[path.length()] = true);
    List<DispatchPlan.StaticPath> paths = new ArrayList<>();
    byPath.forEach((path, rules) ->
        paths.add(new DispatchPlan.StaticPath(path, hash.slotOf(path), terminals.path(path, rules))));
    return new DispatchPlan.StaticTable(positions, hash, lengths, List.copyOf(paths));
  }

  /**
   * One node. Terminals are asked for in the order the matcher uses them (the node's own, then
   * those a trailing slash further, then the lenient ones), which is the order they are declared.
   */
  private static DispatchPlan.Node node(RouteTree.Node node, Terminals terminals) {
    List<String> rules = new ArrayList<>();
    node.rules.forEach(rule -> rules.add(rule.rule().text()));
    Integer terminal = terminals.all(node);
    RouteTree.Node slashedChild = node.statics.get("");
    DispatchPlan.Slashed slashed = slashedChild == null || slashedChild.rules.isEmpty() ? null
        : new DispatchPlan.Slashed(terminals.lenient(slashedChild), terminals.strict(slashedChild));
    Integer lenient = terminals.lenient(node);
    List<DispatchPlan.StaticEdge> statics = new ArrayList<>();
    node.statics.forEach((literal, child) -> statics.add(new DispatchPlan.StaticEdge(literal, child.id)));
    PerfectHashPlan hash = node.statics.size() < 2 ? null
        : PerfectHashPlan.of(new ArrayList<>(node.statics.keySet()));
    List<DispatchPlan.DynamicEdge> dynamics = new ArrayList<>();
    for (RouteTree.Edge edge : node.dynamics) {
      List<Boolean> intSized = new ArrayList<>();
      for (int v = 0; v < edge.part().variables().size(); v++) {
        intSized.add(Terminals.intSized(edge.child(), node.captures + v));
      }
      dynamics.add(new DispatchPlan.DynamicEdge(edge.part(), edge.child().id, List.copyOf(intSized)));
    }
    return new DispatchPlan.Node(node.id, node.captures, List.copyOf(rules), terminal, lenient,
        slashed, List.copyOf(statics), hash, List.copyOf(dynamics));
  }

  /** One field per converter of the application's own, named in the order the rules use them. */
  private static Map<CustomConverter, String> converterFields(List<EndpointModel> endpoints) {
    Map<CustomConverter, String> fields = new LinkedHashMap<>();
    for (EndpointModel endpoint : endpoints) {
      for (Rule.Variable variable : endpoint.rule().variables()) {
        if (variable.converter().kind() == Converter.Kind.CUSTOM) {
          fields.computeIfAbsent(variable.converter().custom(), c -> "CONVERTER_"
              + c.name().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        }
      }
    }
    return java.util.Collections.unmodifiableMap(fields);
  }

  /**
   * The controllers the wiring makes, in the order first called: the application class itself
   * when it declares hooks, the others by the application's method or their constructor.
   * Controllers of one simple name in different packages get numbered fields.
   */
  private static List<DispatchPlan.Controller> controllers(ApplicationModel app) {
    List<DispatchPlan.Controller> controllers = new ArrayList<>();
    for (TypeElement controller : app.controllers()) {
      if (controller.equals(app.type())) {
        controllers.add(new DispatchPlan.Controller(controller, "application", null, true));
        continue;
      }
      String field = ApplicationModel.instanceName(controller);
      for (int n = 2; isTaken(field, controllers); n++) {
        field = ApplicationModel.instanceName(controller) + n;
      }
      controllers.add(new DispatchPlan.Controller(controller, field, app.providers().get(controller), false));
    }
    return List.copyOf(controllers);
  }

  private static boolean isTaken(String field, List<DispatchPlan.Controller> taken) {
    return taken.stream().anyMatch(c -> c.field().equals(field));
  }

  /** Each blueprint's prefix by name, in name order (the checks made sure a name has one prefix). */
  private static Map<String, String> blueprints(ApplicationModel app) {
    Map<String, String> prefixes = new TreeMap<>();
    for (ApplicationModel.Member member : app.members()) {
      BlueprintModel blueprint = app.blueprints().get(member.owner());
      if (blueprint != null) {
        prefixes.putIfAbsent(blueprint.name(), blueprint.urlPrefix());
      }
    }
    return java.util.Collections.unmodifiableMap(prefixes);
  }

}
