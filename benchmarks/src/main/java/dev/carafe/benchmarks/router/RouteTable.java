package dev.carafe.benchmarks.router;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A route table of the Go routing benchmarks ({@code routes/github.txt}, {@code routes/static.txt}
 * on the class path), each route with a request that matches it.
 */
public final class RouteTable {
  /**
   * One route and its request.
   *
   * @param method the method, as the server gives it (the interned constant)
   * @param template the path with {@code :name} parameters, as in the table
   * @param path the request path: each {@code :name} replaced by {@link #value(String)}
   * @param endpoint the Carafe endpoint name, as benchmarks/tools/GenerateRoutes.java names it
   * @param names the parameter names, in order
   * @param values the parameter values in {@code path}, in order
   */
  public record Route(String method, String template, String path, String endpoint,
      List<String> names, List<String> values) {
    /** The template with each {@code :name} written {@code {name}} (Undertow, Spring, Javalin). */
    public String braces() {
      return template.replaceAll(":([A-Za-z0-9_]+)", "{$1}");
    }
  }

  private RouteTable() {}

  /** The routes of {@code routes/NAME.txt}, in the file's order. */
  public static List<Route> load(String name) {
    String resource = "/routes/" + name + ".txt";
    List<Route> routes = new ArrayList<>();
    try (InputStream in = RouteTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No route table " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.trim().split("\\s+");
        routes.add(route(parts[0].intern(), parts[1]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(routes);
  }

  private static Route route(String method, String template) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    StringBuilder path = new StringBuilder();
    for (String segment : template.substring(1).split("/", -1)) {
      path.append('/');
      if (segment.startsWith(":")) {
        names.add(segment.substring(1));
        values.add(value(segment.substring(1)));
        path.append(value(segment.substring(1)));
      } else {
        path.append(segment);
      }
    }
    return new Route(method, template, path.toString(), endpointName(method, template),
        List.copyOf(names), List.copyOf(values));
  }

  /** The request's value for parameter {@code name}: {@code owner} is {@code owner-42}. */
  static String value(String name) {
    return name + "-42";
  }

  /** The same naming as benchmarks/tools/GenerateRoutes.java, which wrote the controllers. */
  static String endpointName(String method, String template) {
    String rest = template.replace(":", "").replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_+$", "");
    return method.toLowerCase(Locale.ROOT) + (rest.isEmpty() || rest.equals("_") ? "_root" : rest);
  }
}
