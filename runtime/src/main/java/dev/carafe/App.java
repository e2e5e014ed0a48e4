package dev.carafe;

import dev.carafe.http.HttpException;
import dev.carafe.http.InternalServerError;
import dev.carafe.http.NotFound;
import dev.carafe.json.Json;
import dev.carafe.lifecycle.ErrorHook;
import dev.carafe.lifecycle.Lifecycle;
import dev.carafe.routing.DispatchTable;
import dev.carafe.routing.Endpoint;
import dev.carafe.routing.PathParams;
import dev.carafe.routing.RouteMatch;
import dev.carafe.routing.RouteTable;
import dev.carafe.routing.UrlTemplate;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application as a {@link Gateway}, running each request through Flask's steps in Flask's
 * order, under the same names:
 *
 * <ol>
 *   <li>push the {@link RequestContext} (the request, {@code g}, the matched endpoint);
 *   <li>{@code full_dispatch_request}: the URL value preprocessors and before-request hooks
 *       ({@code preprocess_request}; a hook's response answers early), then
 *       {@code dispatch_request}: the routing error if matching failed (a {@link NotFound}, a
 *       {@link dev.carafe.http.MethodNotAllowed} with {@code Allow}; {@code OPTIONS} is answered
 *       with {@code Allow}, a slash redirect with 308), else the endpoint's handler;
 *   <li>on an exception, {@code handle_user_exception}: an HTTP error goes to its error handler
 *       or gets its default page; another exception goes to its handler by class, or on;
 *   <li>{@code finalize_request}: the after-request hooks;
 *   <li>an exception that got this far ({@code handle_exception}) is logged once as
 *       {@code Exception on /path [GET]} and answered by the 500 handler, or the default 500 page
 *       with no details (the trace as text in {@linkplain #withDebug debug mode}); the
 *       after-request hooks run on that answer too;
 *   <li>the teardown hooks, then pop the context: always, in {@code finally}; for a streamed body
 *       when the stream is done.
 * </ol>
 *
 * <p>{@code HEAD} is answered like {@code GET} without the body. The generated {@code ...App} class
 * of an application builds its instance; there is no global one, so several applications can live
 * in one JVM and one test. An instance is immutable; the {@code with...} methods return a copy.
 */
public final class App implements Gateway {
  private static final System.Logger LOG = System.getLogger(App.class.getName());

  private final DispatchTable table;
  private final List<Endpoint> endpoints;
  private final Map<String, List<Endpoint>> byName;
  private final Lifecycle lifecycle;
  private final RequestLimits limits;
  private final Json json;
  private final boolean debug;

  private App(DispatchTable table, List<Endpoint> endpoints, Lifecycle lifecycle,
      RequestLimits limits, Json json, boolean debug) {
    this.table = Objects.requireNonNull(table, "table");
    this.endpoints = List.copyOf(endpoints);
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.json = Objects.requireNonNull(json, "json");
    this.debug = debug;
    // An endpoint routed by several rules keeps them in Werkzeug's build order, as generated.
    this.byName = new LinkedHashMap<>();
    for (Endpoint endpoint : endpoints) {
      byName.computeIfAbsent(endpoint.name(), name -> new ArrayList<>()).add(endpoint);
    }
  }

  /**
   * The application of a dispatch table and its endpoints, with no hooks and no error handlers.
   *
   * @param table the compiled rules
   * @param endpoints every endpoint the table can answer with
   */
  public static App of(DispatchTable table, List<Endpoint> endpoints) {
    return of(table, endpoints, Lifecycle.none());
  }

  /**
   * The application of a dispatch table, its endpoints and its hooks and error handlers; the
   * generated code calls this.
   *
   * @param table the compiled rules
   * @param endpoints every endpoint the table can answer with
   * @param lifecycle the hooks and error handlers
   */
  public static App of(DispatchTable table, List<Endpoint> endpoints, Lifecycle lifecycle) {
    return new App(table, endpoints, lifecycle, RequestLimits.defaults(), Json.standard(), false);
  }

  /**
   * This application in debug mode or not. In debug mode an unhandled exception that no 500
   * handler answers is shown to the client with its stack trace, as plain text: never turn it on
   * where strangers can reach the application.
   */
  public App withDebug(boolean debug) {
    return new App(table, endpoints, lifecycle, limits, json, debug);
  }

  /** This application reading request bodies within {@code limits}. */
  public App withLimits(RequestLimits limits) {
    return new App(table, endpoints, lifecycle, limits, json, debug);
  }

  /** This application writing JSON with {@code json}, which knows the generated adapters. */
  public App withJson(Json json) {
    return new App(table, endpoints, lifecycle, limits, json, debug);
  }

  /** Whether the application is in debug mode. */
  public boolean debug() {
    return debug;
  }

  /** The limits request bodies are read within. */
  public RequestLimits limits() {
    return limits;
  }

  /** The JSON that {@link Response#json(Object)} writes with during a request. */
  public Json json() {
    return json;
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
  public String urlFor(String endpoint, Map<String, ?> values) {
    List<Endpoint> rules = byName.get(endpoint);
    if (rules == null) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "'."
          + suggestion(endpoint));
    }
    Map<String, Object> given = new LinkedHashMap<>(values);
    Object anchor = given.remove("_anchor");
    Object method = given.remove("_method");
    Object scheme = given.remove("_scheme");
    Object external = given.remove("_external");
    if (lifecycle.hasUrlDefaults()) {
      lifecycle.injectUrlDefaults(endpoint, rules.get(0).blueprint(), given);
    }
    String url = UrlTemplate.build(endpoint, given, templates(endpoint, rules, method));
    Environ environ = RequestContext.active() ? RequestContext.current().request().environ() : null;
    if (environ != null) {
      url = environ.scriptName() + url;
    }
    if (scheme != null || Boolean.TRUE.equals(external)) {
      if (Boolean.FALSE.equals(external)) {
        throw new BuildError("Could not build url for endpoint '" + endpoint + "': _scheme makes"
            + " an external URL, so _external cannot be false.");
      }
      if (environ == null) {
        throw new BuildError("Could not build an external url for endpoint '" + endpoint + "'"
            + " outside a request: the host is only known while one is handled. Build it in a"
            + " request, or build the path and add the host yourself.");
      }
      url = origin(scheme == null ? environ.scheme() : scheme.toString(), environ) + url;
    }
    if (anchor != null) {
      url += "#" + dev.carafe.routing.Percent.encodeQuery(anchor.toString());
    }
    return url;
  }

  /** The endpoint's rules that accept {@code method}, Flask's {@code _method}; all without one. */
  private static List<UrlTemplate> templates(String endpoint, List<Endpoint> rules, Object method) {
    List<UrlTemplate> templates = new ArrayList<>();
    for (Endpoint rule : rules) {
      if (method == null || rule.methods().contains(method.toString())
          || method.equals("HEAD") && rule.methods().contains("GET")) {
        templates.add(rule.url());
      }
    }
    if (templates.isEmpty()) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "' with method "
          + method + ": it answers " + rules.get(0).methods() + ".");
    }
    return templates;
  }

  /** {@code scheme://host[:port]}, leaving out the scheme's default port. */
  private static String origin(String scheme, Environ environ) {
    int port = environ.port();
    boolean defaultPort = port <= 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    String host = environ.host().contains(":") && !environ.host().startsWith("[")
        ? "[" + environ.host() + "]" : environ.host();
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
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

  /** Flask's {@code wsgi_app}. */
  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    RouteMatch match = table.match(environ.method(), environ.pathInfo());
    Request request = match instanceof RouteMatch.Found
        ? new Request(environ, ((RouteMatch.Found) match).endpoint(),
            ((RouteMatch.Found) match).params(), limits)
        : new Request(environ, null, PathParams.none(), limits);
    RequestContext context = new RequestContext(this, request);
    RequestContext previous = RequestContext.push(context);
    Throwable error = null;
    boolean streaming = false;
    try {
      Response response;
      try {
        response = fullDispatchRequest(request, match);
      } catch (Exception | LinkageError | AssertionError e) {
        error = e;
        response = handleException(request, e);
      }
      Body body = send(environ.method(), response, startResponse);
      if (body instanceof Body.Stream) {
        streaming = true;
        return new StreamWithContext(context, lifecycle).wrap((Body.Stream) body);
      }
      return body;
    } catch (RuntimeException | Error e) {
      if (error == null) {
        error = e;
      }
      throw e;
    } finally {
      try {
        if (!streaming) {
          lifecycle.teardown(request, error);
          request.deleteUploads();
        }
      } finally {
        RequestContext.restore(previous);
      }
    }
  }

  /** Flask's {@code full_dispatch_request}: hooks, view, user error handlers, after hooks. */
  private Response fullDispatchRequest(Request request, RouteMatch match) throws Exception {
    Response response;
    try {
      response = preprocessRequest(request, match);
      if (response == null) {
        response = dispatchRequest(request, match);
      }
    } catch (Exception e) {
      response = handleUserException(request, e);
    }
    return finalizeRequest(request, response);
  }

  /** Flask's {@code preprocess_request}: URL value preprocessors, then before-request hooks. */
  private Response preprocessRequest(Request request, RouteMatch match) throws Exception {
    if (match instanceof RouteMatch.Found) {
      lifecycle.preprocessUrlValues(request);
    }
    return lifecycle.beforeRequest(request);
  }

  /** Flask's {@code dispatch_request}: raise the routing error, or call the view. */
  private Response dispatchRequest(Request request, RouteMatch match) throws Exception {
    if (match instanceof RouteMatch.Found) {
      Response response = ((RouteMatch.Found) match).endpoint().invoker().invoke(request);
      if (response == null) {
        throw new IllegalStateException("The invoker of endpoint '" + request.endpoint()
            + "' returned no response");
      }
      return response;
    }
    if (match instanceof RouteMatch.MethodNotAllowed) {
      String allow = ((RouteMatch.MethodNotAllowed) match).allow();
      if (request.method().equals("OPTIONS")) {
        return Response.status(200).withHeader("Allow", allow);
      }
      throw new dev.carafe.http.MethodNotAllowed(List.of(allow.split(", ")));
    }
    if (match instanceof RouteMatch.Redirect) {
      // Like Werkzeug's RequestRedirect, a slash redirect is no error: no error handler sees it.
      String location = request.environ().scriptName() + ((RouteMatch.Redirect) match).location();
      String query = request.environ().queryString();
      return Response.status(308)
          .withHeader("Location", query.isEmpty() ? location : location + "?" + query);
    }
    throw new NotFound();
  }

  /**
   * Flask's {@code handle_user_exception}: an HTTP error to its handler or its default page,
   * another exception to its handler by class; without a handler it goes on to
   * {@link #handleException}.
   */
  private Response handleUserException(Request request, Exception e) throws Exception {
    ErrorHook handler = lifecycle.findErrorHandler(e, errorBlueprint(request));
    if (e instanceof HttpException) {
      Response response = handler == null ? null : handler.handle(request, e);
      return response != null ? response : ((HttpException) e).toResponse(request.headers());
    }
    if (handler == null) {
      throw e;
    }
    Response response = handler.handle(request, e);
    if (response == null) {
      throw e;
    }
    return response;
  }

  /**
   * Flask's {@code handle_exception}: logs the exception once and answers 500, through the 500
   * handler if there is one. Never throws: a failing 500 handler is logged and the default page
   * sent.
   */
  private Response handleException(Request request, Throwable e) {
    LOG.log(Level.ERROR, "Exception on " + request.path() + " [" + request.method() + "]", e);
    InternalServerError serverError = new InternalServerError(e);
    Response response = null;
    ErrorHook handler = lifecycle.findErrorHandler(serverError, errorBlueprint(request));
    if (handler != null) {
      try {
        response = handler.handle(request, serverError);
      } catch (Exception | LinkageError | AssertionError failure) {
        LOG.log(Level.ERROR, "Exception in the 500 error handler on " + request.path() + " ["
            + request.method() + "]; sending the default 500 page", failure);
      }
    }
    if (response == null) {
      response = debug ? tracePage(e) : serverError.toResponse(request.headers());
    }
    return finalizeErrorResponse(request, response);
  }

  /** Flask's {@code finalize_request}: the after-request hooks; their exceptions are the caller's. */
  private Response finalizeRequest(Request request, Response response) throws Exception {
    return lifecycle.afterRequest(request, response);
  }

  /**
   * {@code finalize_request(from_error_handler=True)}: the after-request hooks on an error's answer;
   * a failing hook is logged and the answer sent as it was.
   */
  private Response finalizeErrorResponse(Request request, Response response) {
    try {
      return lifecycle.afterRequest(request, response);
    } catch (Exception | LinkageError | AssertionError e) {
      LOG.log(Level.ERROR, "Request finalizing failed with an error while handling an error on "
          + request.path() + " [" + request.method() + "]", e);
      return response;
    }
  }

  /**
   * The blueprint whose error handlers come first: the matched endpoint's, or for a request that
   * matched no rule, the blueprint whose URL prefix the path lies under.
   */
  private String errorBlueprint(Request request) {
    return request.endpoint() != null
        ? request.blueprint()
        : lifecycle.blueprintAt(request.environ().pathInfo());
  }

  private static Response tracePage(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return Response.text(trace.toString()).withStatus(500);
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
