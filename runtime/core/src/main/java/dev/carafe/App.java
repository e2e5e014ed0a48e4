package dev.carafe;

import dev.carafe.config.Config;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.json.Json;
import dev.carafe.routing.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An application, Flask's {@code Flask} object: a {@link Gateway} that runs each request through
 * Flask's steps in Flask's order (push the {@link RequestContext}, the URL value preprocessors and
 * before-request hooks, the view or the routing error, error handlers, after-request hooks, then
 * the teardown hooks and pop the context, always), and the URL map that builds its URLs.
 *
 * <p>The generated {@code ...App} class of an application builds its instance; there is no global
 * one, so several applications can live in one JVM and one test. An instance is immutable; the
 * {@code with...} methods return a copy.
 *
 * <p>Its {@link #config()} is Flask's {@code app.config}, and the one place its settings live:
 * {@link #debug()} and {@link #limits()} are read from it. A handler reaches it as
 * {@code RequestContext.current().app().config()}, Flask's {@code current_app.config}.
 */
public interface App extends Gateway, AutoCloseable {
  /**
   * Closes what the application opened for all its requests: runs its {@link Shutdown} methods,
   * in the reverse order of the sources, the first time it is called on this application or on
   * any copy the {@code with...} methods made of it; later calls do nothing. A method that throws
   * is logged and the others still run. The generated main calls it after the server drained;
   * requests still being served when it is called may find their resources closed.
   */
  @Override
  void close();

  /**
   * This application with {@code config}, which replaces the whole configuration: start from
   * {@code config().toBuilder()} to change a few keys. The generated main class applies the
   * configuration file and the {@code CARAFE_} environment this way.
   */
  App withConfig(Config config);

  /**
   * This application in debug mode or not: {@link Config#DEBUG} set to {@code debug}. In debug
   * mode an unhandled exception that no 500 handler answers is shown to the client with its stack
   * trace, as plain text: never turn it on where strangers can reach the application.
   */
  App withDebug(boolean debug);

  /**
   * This application reading request bodies within {@code limits}: {@link Config#MAX_CONTENT_LENGTH},
   * {@link Config#MAX_FORM_MEMORY_SIZE} and {@link Config#MAX_FORM_PARTS} set to them.
   */
  App withLimits(RequestLimits limits);

  /**
   * This application keeping sessions with {@code sessions} rather than in Flask's signed cookie:
   * a server-side store, for one.
   */
  App withSessionInterface(SessionInterface sessions);

  /** How the application keeps sessions: Flask's signed cookie unless replaced. */
  SessionInterface sessionInterface();

  /** This application writing JSON with {@code json}, which knows the generated adapters. */
  App withJson(Json json);

  /** The application's configuration, Flask's {@code app.config}; the defaults unless set. */
  Config config();

  /** Whether the application is in debug mode: its configuration's {@link Config#DEBUG}. */
  boolean debug();

  /** The limits request bodies are read within: {@link RequestLimits#from} its configuration. */
  RequestLimits limits();

  /** The JSON that {@link Response#json(Object)} writes with during a request. */
  Json json();

  /** Every rule, in the order of the sources: Flask's {@code app.url_map.iter_rules()}. */
  List<Rule> rules();

  /** The rule listing that {@code --routes} prints, like {@code flask routes}. */
  String routeTable();

  /**
   * The endpoint whose rule matches the request's method and path info, as this application will
   * route it, Werkzeug's {@code url_map.bind_to_environ(environ).match()}; {@code null} when no
   * rule matches the path (404), none accepts the method (405, and {@code OPTIONS} answered with
   * {@code Allow}) or the path needs a slash redirect (308). Nothing runs but the match: for
   * middleware that names requests by endpoint (metrics, profiling) rather than by path, which a
   * client could vary without end. The answer is one of the names {@link #rules()} lists.
   */
  String endpointFor(Environ environ);

  /** The URL of {@code endpoint}, which has no variables. See {@link #urlFor(String, Map)}. */
  default String urlFor(String endpoint) {
    return urlFor(endpoint, Map.of());
  }

  /**
   * The URL of {@code endpoint} with values given as names and values in turn, as Flask's
   * {@code url_for("blog.update", id=post.id)}: {@code urlFor("blog.update", "id", post.id())},
   * {@code urlFor("static", "filename", "style.css")}. See {@link #urlFor(String, Map)}.
   *
   * @throws IllegalArgumentException when the values do not come in pairs or a name is not a
   *     {@code String}
   */
  default String urlFor(String endpoint, Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("urlFor(\"" + endpoint + "\", ...) takes names and values"
          + " in pairs, like urlFor(\"show\", \"id\", 7), and got " + namesAndValues.length
          + " arguments after the endpoint");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException("urlFor(\"" + endpoint + "\", ...) takes names and values"
            + " in pairs, and argument " + (i + 2) + " is " + namesAndValues[i] + " where a name"
            + " (a String) belongs");
      }
      values.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return urlFor(endpoint, values);
  }

  /**
   * Builds the URL of an endpoint, as Flask's {@code url_for}: the URL defaults hooks run on the
   * values first, then the rule's variables are taken from them and the other values become the
   * query string. During a request the URL starts with the mount point ({@code scriptName}).
   * Flask's special values work too: {@code _external} (with the request's scheme, host and
   * port), {@code _scheme} (which makes it external), {@code _anchor} and {@code _method} (only
   * the rules that accept that method).
   *
   * @throws BuildError when there is no such endpoint (naming the closest one) or a value is
   *     missing or of the wrong kind
   */
  String urlFor(String endpoint, Map<String, ?> values);
}
