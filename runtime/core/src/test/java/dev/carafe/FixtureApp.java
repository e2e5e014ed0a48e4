package dev.carafe;

import dev.carafe.internal.app.CompiledApp;
import dev.carafe.internal.routing.DispatchTable;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.internal.routing.Invoker;
import dev.carafe.internal.routing.RouteMatch;
import dev.carafe.internal.routing.Terminal;
import dev.carafe.internal.routing.UrlTemplate;
import dev.carafe.internal.routing.UrlValue;
import java.util.List;

/**
 * A small application written by hand the way the processor would generate it: a dispatch table,
 * its endpoints and their invokers.
 *
 * <pre>
 * index        GET        /
 * list_items   GET        /items
 * create_item  POST       /items
 * user         GET        /user/&lt;name&gt;
 * post         GET        /post/&lt;int:id&gt;
 * boom         GET        /boom
 * </pre>
 */
public final class FixtureApp {
  private FixtureApp() {}

  /** A new instance of the application. */
  public static CompiledApp create() {
    Endpoint index = endpoint("index", "/", "GET", literal("/"), request -> Response.html("Hello"));
    Endpoint listItems = endpoint("list_items", "/items", "GET", literal("/items"),
        request -> Response.text("items"));
    Endpoint createItem = endpoint("create_item", "/items", "POST", literal("/items"),
        request -> Response.text("created " + request.text()).withStatus(201));
    Endpoint user = endpoint("user", "/user/<name>", "GET",
        new UrlTemplate(new String[] {"/user/", ""}, new String[] {"name"},
            UrlValue.string(1, -1)),
        request -> Response.text("user " + request.pathParams().string(0)));
    Endpoint post = endpoint("post", "/post/<int:id>", "GET",
        new UrlTemplate(new String[] {"/post/", ""}, new String[] {"id"},
            UrlValue.integer(false, 0, 0, Integer.MAX_VALUE)),
        request -> Response.text("post " + request.pathParams().intValue(0)));
    Endpoint boom = endpoint("boom", "/boom", "GET", literal("/boom"), request -> {
      throw new IllegalStateException("secret detail that must not reach the client");
    });

    Terminal root = new Terminal(index);
    Terminal items = new Terminal(listItems, createItem);
    Terminal users = new Terminal(user);
    Terminal posts = new Terminal(post);
    Terminal failing = new Terminal(boom);
    DispatchTable table = (method, path, bounds) -> {
      switch (path) {
        case "/":
          return root.select(method);
        case "/items":
          return items.select(method);
        case "/boom":
          return failing.select(method);
        default:
          break;
      }
      if (path.startsWith("/user/") && path.length() > 6 && path.indexOf('/', 6) < 0) {
        return withParam(users, method, path, bounds);
      }
      if (path.startsWith("/post/") && isDigits(path, 6)) {
        return withParam(posts, method, path, bounds);
      }
      return RouteMatch.notFound();
    };
    return CompiledApp.of(table, List.of(index, listItems, createItem, user, post, boom));
  }

  /** The match of a rule {@code /user/<x>} or {@code /post/<x>}: its one variable from index 6 on. */
  private static RouteMatch withParam(Terminal terminal, String method, String path, int[] bounds) {
    Endpoint endpoint = terminal.endpoint(method);
    if (endpoint == null) {
      return terminal.notAllowed();
    }
    bounds[0] = 6;
    bounds[1] = path.length();
    return endpoint.found();
  }

  private static boolean isDigits(String path, int from) {
    if (from >= path.length() || path.length() - from > 9) {
      return false;
    }
    for (int i = from; i < path.length(); i++) {
      if (path.charAt(i) < '0' || path.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Endpoint endpoint(String name, String rule, String method, UrlTemplate url,
      Invoker invoker) {
    return new Endpoint(name, rule, List.of(method), url, invoker);
  }

  private static UrlTemplate literal(String path) {
    return new UrlTemplate(new String[] {path}, new String[0]);
  }
}
