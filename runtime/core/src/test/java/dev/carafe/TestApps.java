package dev.carafe;

import dev.carafe.internal.app.CompiledApp;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.DispatchTable;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.internal.routing.Invoker;
import dev.carafe.internal.routing.RouteMatch;
import dev.carafe.internal.routing.Terminal;
import dev.carafe.internal.routing.UrlTemplate;
import dev.carafe.internal.routing.UrlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written applications for the lifecycle tests, made the way generated code makes them: a
 * rule is a static path, or a static prefix and one {@code <name>} segment at the end.
 */
public final class TestApps {
  private TestApps() {}

  /** A GET endpoint of the application. */
  public static Endpoint get(String name, String rule, Invoker invoker) {
    return endpoint(name, rule, "GET", null, invoker);
  }

  /** An endpoint of {@code blueprint} ({@code null}: the application) for {@code method}. */
  public static Endpoint endpoint(String name, String rule, String method, String blueprint,
      Invoker invoker) {
    int open = rule.indexOf('<');
    UrlTemplate url = open < 0
        ? new UrlTemplate(new String[] {rule}, new String[0])
        : new UrlTemplate(new String[] {rule.substring(0, open), ""},
            new String[] {rule.substring(open + 1, rule.length() - 1)}, UrlValue.string(1, -1));
    return new Endpoint(name, rule, List.of(method), url, invoker, blueprint);
  }

  /** The application of {@code endpoints} with {@code lifecycle}. */
  public static CompiledApp app(Lifecycle lifecycle, Endpoint... endpoints) {
    Map<String, List<Endpoint>> byRule = new LinkedHashMap<>();
    for (Endpoint endpoint : endpoints) {
      byRule.computeIfAbsent(endpoint.rule().rule(), rule -> new ArrayList<>()).add(endpoint);
    }
    Map<String, Terminal> terminals = new LinkedHashMap<>();
    byRule.forEach((rule, list) -> terminals.put(rule, new Terminal(list.toArray(new Endpoint[0]))));
    DispatchTable table = (method, path, bounds) -> {
      Terminal exact = terminals.get(path);
      if (exact != null) {
        return exact.select(method);
      }
      for (Map.Entry<String, Terminal> entry : terminals.entrySet()) {
        String rule = entry.getKey();
        int open = rule.indexOf('<');
        if (open > 0 && path.startsWith(rule.substring(0, open)) && path.length() > open
            && path.indexOf('/', open) < 0) {
          Endpoint endpoint = entry.getValue().endpoint(method);
          if (endpoint == null) {
            return entry.getValue().notAllowed();
          }
          bounds[0] = open;
          bounds[1] = path.length();
          return endpoint.found();
        }
      }
      return RouteMatch.notFound();
    };
    return CompiledApp.of(table, List.of(endpoints), lifecycle);
  }
}
