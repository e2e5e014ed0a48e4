package dev.carafe;

import dev.carafe.routing.DispatchTable;
import dev.carafe.routing.Endpoint;
import dev.carafe.routing.RouteMatch;
import dev.carafe.routing.RouteTable;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application as a {@link Gateway}: matches each request against the generated dispatch table,
 * calls the endpoint's controller method and sends back what it returns. A path no rule matches
 * gets 404, a method no rule of the path accepts gets 405 with {@code Allow}, {@code OPTIONS} is
 * answered with {@code Allow}, {@code HEAD} is answered like {@code GET} without the body, and an
 * exception from a handler is logged and answered 500 with no details, after which the application
 * goes on serving.
 *
 * <p>The generated {@code ...App} class of an application builds its instance; there is no global
 * one, so several applications can live in one JVM and one test.
 */
public final class App implements Gateway {
  private static final System.Logger LOG = System.getLogger(App.class.getName());

  private final DispatchTable table;
  private final List<Endpoint> endpoints;
  private final Map<String, Endpoint> byName;

  private App(DispatchTable table, List<Endpoint> endpoints) {
    this.table = Objects.requireNonNull(table, "table");
    this.endpoints = List.copyOf(endpoints);
    this.byName = new LinkedHashMap<>();
    for (Endpoint endpoint : endpoints) {
      if (byName.put(endpoint.name(), endpoint) != null) {
        throw new IllegalArgumentException("Two endpoints are named '" + endpoint.name() + "'");
      }
    }
  }

  /**
   * The application of a dispatch table and its endpoints; the generated code calls this.
   *
   * @param table the compiled rules
   * @param endpoints every endpoint the table can answer with
   */
  public static App of(DispatchTable table, List<Endpoint> endpoints) {
    return new App(table, endpoints);
  }

  /** Every endpoint, in the order of the sources. */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** The rule listing that {@code --routes} prints, like {@code flask routes}. */
  public String routeTable() {
    return RouteTable.format(endpoints);
  }

  /** The URL of {@code endpoint}, which has no variables. See {@link #urlFor(String, Map)}. */
  public String urlFor(String endpoint) {
    return urlFor(endpoint, Map.of());
  }

  /**
   * Builds the URL of an endpoint, as Flask's {@code url_for}: the rule's variables are taken from
   * {@code values}, and the other values become the query string.
   *
   * @throws BuildError when there is no such endpoint (naming the closest one) or a value is
   *     missing or of the wrong kind
   */
  public String urlFor(String endpoint, Map<String, ?> values) {
    Endpoint target = byName.get(endpoint);
    if (target == null) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "'."
          + suggestion(endpoint));
    }
    return target.url().build(endpoint, values);
  }

  private String suggestion(String endpoint) {
    return byName.keySet().stream()
        .min(Comparator.comparingInt(name -> Similarity.distance(endpoint, name)))
        .filter(name -> Similarity.distance(endpoint, name) <= Math.max(2, endpoint.length() / 3))
        .map(name -> " Did you mean '" + name + "' instead?")
        .orElse(" There is no endpoint of that name (known: " + knownNames() + ").");
  }

  private String knownNames() {
    List<String> names = new ArrayList<>(byName.keySet());
    names.sort(null);
    return String.join(", ", names);
  }

  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    String method = environ.method();
    Response response = dispatch(environ, table.match(method, environ.pathInfo()));
    return send(method, response, startResponse);
  }

  private Response dispatch(Environ environ, RouteMatch match) {
    if (match instanceof RouteMatch.Found) {
      RouteMatch.Found found = (RouteMatch.Found) match;
      Request request = new Request(environ, found.endpoint(), found.params());
      try {
        return found.endpoint().invoker().invoke(request);
      } catch (Exception | LinkageError | AssertionError e) {
        LOG.log(Level.ERROR, "Exception on " + environ.scriptName() + environ.pathInfo()
            + " [" + environ.method() + "]", e);
        return ErrorPages.page(500);
      }
    }
    if (match instanceof RouteMatch.MethodNotAllowed) {
      String allow = ((RouteMatch.MethodNotAllowed) match).allow();
      if (environ.method().equals("OPTIONS")) {
        return Response.status(200).withHeader("Allow", allow);
      }
      return ErrorPages.page(405).withHeader("Allow", allow);
    }
    if (match instanceof RouteMatch.Redirect) {
      String location = environ.scriptName() + ((RouteMatch.Redirect) match).location();
      String query = environ.queryString();
      return Response.status(308)
          .withHeader("Location", query.isEmpty() ? location : location + "?" + query);
    }
    return ErrorPages.page(404);
  }

  /** Starts the response; a {@code HEAD} request gets the headers of {@code GET} and no body. */
  private static Body send(String method, Response response, StartResponse startResponse) {
    Body body = response.body();
    HeaderList headers = response.headers();
    if (method.equals("HEAD")) {
      if (body.contentLength() >= 0 && !headers.contains("Content-Length")) {
        headers = headers.with("Content-Length", Long.toString(body.contentLength()));
      }
      body = Body.empty();
    }
    startResponse.start(response.status(), headers);
    return body;
  }
}
