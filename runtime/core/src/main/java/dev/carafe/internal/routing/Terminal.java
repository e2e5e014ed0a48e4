package dev.carafe.internal.routing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a path ends in the dispatch table: the endpoint for each method that rules ending here
 * accept, and the answer for any other method, {@code Allow} included, made once when the table is
 * built. {@code HEAD} goes to the {@code GET} endpoint unless a rule declares {@code HEAD} itself.
 */
public final class Terminal {
  private final String[] methods;
  private final Endpoint[] endpoints;
  private final RouteMatch.MethodNotAllowed notAllowed;

  /** The terminal of the given endpoints, which the processor has checked share no method. */
  public Terminal(Endpoint... endpoints) {
    List<String> methodList = new ArrayList<>();
    List<Endpoint> endpointList = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (String method : endpoint.methods()) {
        methodList.add(method);
        endpointList.add(endpoint);
      }
    }
    Endpoint get = endpointList.isEmpty() ? null : find(methodList, endpointList, "GET");
    if (get != null && !methodList.contains("HEAD")) {
      methodList.add("HEAD");
      endpointList.add(get);
    }
    Set<String> allowed = new LinkedHashSet<>(methodList);
    allowed.add("OPTIONS");
    this.methods = methodList.toArray(new String[0]);
    this.endpoints = endpointList.toArray(new Endpoint[0]);
    this.notAllowed = RouteMatch.MethodNotAllowed.of(allowed);
  }

  private static Endpoint find(List<String> methods, List<Endpoint> endpoints, String method) {
    int i = methods.indexOf(method);
    return i < 0 ? null : endpoints.get(i);
  }

  /** The endpoint for {@code method}, or {@code null} when no rule ending here accepts it. */
  public Endpoint endpoint(String method) {
    for (int i = 0; i < methods.length; i++) {
      if (methods[i].equals(method)) {
        return endpoints[i];
      }
    }
    return null;
  }

  /**
   * Whether a rule ending here answers {@code method}: one of its methods, {@code HEAD} for
   * {@code GET}, or {@code OPTIONS}, which every rule answers (Flask's automatic options).
   */
  public boolean answers(String method) {
    return endpoint(method) != null || method.equals("OPTIONS");
  }

  /** The match for {@code method} with no path parameters: found, or not allowed. */
  public RouteMatch select(String method) {
    Endpoint endpoint = endpoint(method);
    return endpoint == null ? notAllowed : endpoint.found();
  }

  /** The answer for a method no rule ending here accepts. */
  public RouteMatch.MethodNotAllowed notAllowed() {
    return notAllowed;
  }
}
