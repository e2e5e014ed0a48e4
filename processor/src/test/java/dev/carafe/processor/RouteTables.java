package dev.carafe.processor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The public route tables (GitHub's API, the Go documentation's static paths) as Carafe
 * applications: one controller method per route, which answers its endpoint and parameters.
 */
public final class RouteTables {
  private RouteTables() {}

  /** One route: method, rule in Carafe's syntax, endpoint name, variable names. */
  public record Route(String method, String rule, String endpoint, List<String> variables) {}

  public static List<Route> read(String resource) {
    List<Route> routes = new ArrayList<>();
    Map<String, Integer> names = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        RouteTables.class.getResourceAsStream("/routes/" + resource), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] fields = line.strip().split(" ");
        List<String> variables = new ArrayList<>();
        StringBuilder rule = new StringBuilder();
        StringBuilder endpoint = new StringBuilder(fields[0].toLowerCase());
        for (String segment : fields[1].substring(1).split("/", -1)) {
          rule.append('/');
          if (segment.startsWith(":")) {
            variables.add(segment.substring(1));
            rule.append('<').append(segment.substring(1)).append('>');
            endpoint.append("_by_").append(segment.substring(1));
          } else {
            rule.append(segment);
            endpoint.append('_').append(segment.replaceAll("[^A-Za-z0-9]", "_"));
          }
        }
        String name = endpoint.toString();
        int seen = names.merge(name, 1, Integer::sum);
        routes.add(new Route(fields[0], rule.toString(), seen == 1 ? name : name + seen, variables));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return routes;
  }

  /** A controller whose every method answers "endpoint value1 value2 ...". */
  static JavaFileObject controller(String packageName, List<Route> routes) {
    List<String> lines = new ArrayList<>(List.of("package " + packageName + ";",
        "import dev.carafe.*;", "public class Api {"));
    for (Route route : routes) {
      String parameters = String.join(", ", route.variables().stream().map(v -> "String " + v).toList());
      String values = route.variables().stream().map(v -> " + \" \" + " + v).reduce("", String::concat);
      lines.add("  @Route(value = \"" + route.rule() + "\", methods = \"" + route.method() + "\")");
      lines.add("  public String " + route.endpoint() + "(" + parameters + ") { return \""
          + route.endpoint() + "\"" + values + "; }");
    }
    lines.add("}");
    return Compiler.source(packageName + ".Api", lines.toArray(new String[0]));
  }
}
