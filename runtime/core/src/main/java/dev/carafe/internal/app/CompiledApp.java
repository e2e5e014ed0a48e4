package dev.carafe.internal.app;

import dev.carafe.App;
import dev.carafe.Csrf;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.RequestLimits;
import dev.carafe.Response;
import dev.carafe.ResponseException;
import dev.carafe.Session;
import dev.carafe.SessionInterface;
import dev.carafe.config.Config;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import dev.carafe.http.BadRequest;
import dev.carafe.http.HttpException;
import dev.carafe.http.InternalServerError;
import dev.carafe.http.MethodNotAllowed;
import dev.carafe.http.NotFound;
import dev.carafe.internal.debug.DebugPage;
import dev.carafe.internal.files.StaticFolder;
import dev.carafe.internal.lifecycle.ErrorHook;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.DispatchTable;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.internal.routing.RouteMatch;
import dev.carafe.internal.routing.RouteTable;
import dev.carafe.internal.routing.Segments;
import dev.carafe.internal.session.CookieSessions;
import dev.carafe.json.Json;
import dev.carafe.routing.PathParams;
import dev.carafe.routing.Rule;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An application compiled by Carafe's processor, as a {@link dev.carafe.gateway.Gateway}: its
 * generated dispatch table, endpoints and lifecycle, running each request through Flask's steps
 * in Flask's order, under the same names:
 *
 * <ol>
 *   <li>push the {@link RequestContext} (the request, {@code g}, the matched endpoint);
 *   <li>{@code full_dispatch_request}: the URL value preprocessors and before-request hooks
 *       ({@code preprocess_request}; a hook's response answers early), then
 *       {@code dispatch_request}: the routing error if matching failed (a {@link NotFound}, a
 *       {@link MethodNotAllowed} with {@code Allow}; {@code OPTIONS} is answered
 *       with {@code Allow}, a slash redirect with 308), else the endpoint's handler;
 *   <li>on an exception, {@code handle_user_exception}: an HTTP error goes to its error handler
 *       or gets its default page; another exception goes to its handler by class, or on;
 *   <li>{@code finalize_request}: the after-request hooks;
 *   <li>an exception that got this far ({@code handle_exception}) is logged once as
 *       {@code Exception on /path [GET]} and answered by the 500 handler, or the default 500 page
 *       with no details; in {@linkplain #withDebug debug mode}, by the {@link DebugPage} with the
 *       trace, the source lines and the request; the
 *       after-request hooks run on that answer too;
 *   <li>the teardown hooks, then pop the context: always, in {@code finally}; for a streamed body
 *       when the stream is done.
 * </ol>
 *
 * <p>{@code HEAD} is answered like {@code GET} without the body. URLs are built by its
 * {@link UrlMap}. The generated {@code ...App} class builds the instance with {@link #of}.
 */
public final class CompiledApp implements App {
  /** Logged under the name of {@link App}, the type users see and configure logging for. */
  private static final System.Logger LOG = System.getLogger(App.class.getName());
  private static final int[] NO_BOUNDS = new int[0];

  private final DispatchTable table;
  private final List<Endpoint> endpoints;
  private final List<Rule> rules;
  /** The most variables a rule has: the room a request's match needs for their bounds. */
  private final int variables;
  private final UrlMap urls;
  private final Lifecycle lifecycle;
  private final Config config;
  /** Read from {@link #config} once, not on each request. */
  private final RequestLimits limits;
  private final boolean debug;
  /** Whether requests that change something must carry the session's CSRF token. */
  private final boolean csrf;
  private final Json json;
  /** The application's own session interface, or {@code null} for Flask's signed cookie. */
  private final SessionInterface customSessions;
  private final SessionInterface sessions;
  /** The folder the {@code static} endpoint serves, or {@code null} when there is none. */
  private final StaticFolder staticFolder;
  /** Whether a request that matches no endpoint meets only hooks and handlers that never block. */
  private final boolean routingErrorsNonBlocking;
  /** Whether every request may block, so that {@link #mayBlock} need not route it. */
  private final boolean everyRequestMayBlock;

  private CompiledApp(DispatchTable table, List<Endpoint> endpoints, UrlMap urls,
      Lifecycle lifecycle, Config config, Json json, SessionInterface customSessions,
      StaticFolder staticFolder, boolean routingErrorsNonBlocking) {
    this.table = Objects.requireNonNull(table, "table");
    this.endpoints = List.copyOf(endpoints);
    this.rules = endpoints.stream().map(Endpoint::rule).toList();
    this.variables = endpoints.stream().mapToInt(Endpoint::variables).max().orElse(0);
    this.urls = urls;
    this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
    this.config = Objects.requireNonNull(config, "config");
    this.limits = RequestLimits.from(config);
    this.debug = config.get(Config.DEBUG);
    this.csrf = config.get(Config.CSRF_ENABLED);
    this.json = Objects.requireNonNull(json, "json");
    this.customSessions = customSessions;
    this.sessions = customSessions != null ? customSessions : new CookieSessions(config);
    this.staticFolder = staticFolder;
    this.routingErrorsNonBlocking = routingErrorsNonBlocking;
    // Debug mode reads source files for its error page, and a session store of the application's
    // own may call a database; Flask's signed cookie is only a computation.
    this.everyRequestMayBlock = debug || customSessions != null
        || !routingErrorsNonBlocking && endpoints.stream().noneMatch(Endpoint::nonBlocking);
  }

  /**
   * The application of a dispatch table and its endpoints, with no hooks and no error handlers.
   *
   * @param table the compiled rules
   * @param endpoints every endpoint the table can answer with
   */
  public static CompiledApp of(DispatchTable table, List<Endpoint> endpoints) {
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
  public static CompiledApp of(DispatchTable table, List<Endpoint> endpoints, Lifecycle lifecycle) {
    return new CompiledApp(table, endpoints, new UrlMap(endpoints, lifecycle), lifecycle,
        Config.defaults(), Json.standard(), null, null, false);
  }

  @Override
  public CompiledApp withConfig(Config config) {
    return new CompiledApp(table, endpoints, urls, lifecycle, config, json, customSessions, staticFolder,
        routingErrorsNonBlocking);
  }

  @Override
  public CompiledApp withSessionInterface(SessionInterface sessions) {
    return new CompiledApp(table, endpoints, urls, lifecycle, config, json,
        Objects.requireNonNull(sessions, "sessions"), staticFolder, routingErrorsNonBlocking);
  }

  /**
   * This application serving {@code folder} through its {@code static} endpoint, whose URLs
   * {@link #urlFor} then builds with fingerprinted names; the generated code calls this.
   */
  public CompiledApp withStaticFolder(StaticFolder folder) {
    return new CompiledApp(table, endpoints, urls, lifecycle, config, json, customSessions,
        Objects.requireNonNull(folder, "folder"), routingErrorsNonBlocking);
  }

  /**
   * This application answering the requests that match no endpoint (404, 405 and the automatic
   * {@code OPTIONS} answer, slash redirects, a path with a control character) without blocking;
   * the generated code calls this when the processor found every hook and error handler that can
   * run for them declared {@code @NonBlocking}.
   */
  public CompiledApp withNonBlockingRoutingErrors() {
    return new CompiledApp(table, endpoints, urls, lifecycle, config, json, customSessions,
        staticFolder, true);
  }

  /** The folder the {@code static} endpoint serves, or {@code null} when there is none. */
  public StaticFolder staticFolder() {
    return staticFolder;
  }

  @Override
  public void close() {
    lifecycle.shutdown(this);
  }

  @Override
  public SessionInterface sessionInterface() {
    return sessions;
  }

  @Override
  public CompiledApp withDebug(boolean debug) {
    return withConfig(config.toBuilder().set(Config.DEBUG, debug).build());
  }

  @Override
  public CompiledApp withLimits(RequestLimits limits) {
    return withConfig(config.toBuilder()
        .set(Config.MAX_CONTENT_LENGTH, limits.maxContentLength())
        .set(Config.MAX_FORM_MEMORY_SIZE, limits.maxFormMemory())
        .set(Config.MAX_FORM_PARTS, limits.maxFormParts())
        .set(Config.MAX_JSON_SIZE, limits.json().maxSize())
        .set(Config.MAX_JSON_DEPTH, limits.json().maxDepth())
        .set(Config.MAX_JSON_NUMBER_LENGTH, limits.json().maxNumberLength())
        .set(Config.MAX_COOKIE_COUNT, limits.maxCookieCount())
        .set(Config.MAX_REQUEST_COOKIE_SIZE, limits.maxCookieSize())
        .build());
  }

  @Override
  public CompiledApp withJson(Json json) {
    return new CompiledApp(table, endpoints, urls, lifecycle, config, json, customSessions, staticFolder,
        routingErrorsNonBlocking);
  }

  @Override
  public Config config() {
    return config;
  }

  @Override
  public boolean debug() {
    return debug;
  }

  @Override
  public RequestLimits limits() {
    return limits;
  }

  @Override
  public Json json() {
    return json;
  }

  @Override
  public List<Rule> rules() {
    return rules;
  }

  /** Every endpoint, in the order of the sources. */
  public List<Endpoint> endpoints() {
    return endpoints;
  }

  @Override
  public String routeTable() {
    return RouteTable.format(rules);
  }

  @Override
  public String endpointFor(Environ environ) {
    int[] bounds = variables == 0 ? NO_BOUNDS : new int[variables * 2];
    RouteMatch match = table.match(environ.method(), Segments.routable(environ.pathInfo()), bounds);
    return match instanceof RouteMatch.Found ? ((RouteMatch.Found) match).endpoint().name() : null;
  }

  /**
   * Whether answering {@code environ} may block: the decision the processor made for the endpoint
   * the request routes to, or for the requests that match none. Routing is all it costs, and
   * nothing when no request of the application can stay on the I/O thread: in debug mode, with a
   * {@linkplain #withSessionInterface session interface} of its own, or with nothing
   * {@code @NonBlocking}.
   */
  @Override
  public boolean mayBlock(Environ environ) {
    if (everyRequestMayBlock) {
      return true;
    }
    String path = Segments.routable(environ.pathInfo());
    if (RouteMatch.hasControlCharacter(path)) {
      return !routingErrorsNonBlocking;
    }
    int[] bounds = variables == 0 ? NO_BOUNDS : new int[variables * 2];
    RouteMatch match = table.match(environ.method(), path, bounds);
    return match instanceof RouteMatch.Found
        ? !((RouteMatch.Found) match).endpoint().nonBlocking()
        : !routingErrorsNonBlocking;
  }

  @Override
  public String urlFor(String endpoint, Map<String, ?> values) {
    if (staticFolder != null && endpoint.equals("static") && values.get("filename") instanceof String) {
      Map<String, Object> named = new HashMap<>(values);
      named.put("filename", StaticFiles.urlName(staticFolder.assets(), (String) values.get("filename")));
      return urls.urlFor(endpoint, named);
    }
    return urls.urlFor(endpoint, values);
  }

  /** Flask's {@code wsgi_app}. */
  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    String path = Segments.routable(environ.pathInfo());
    int[] bounds = variables == 0 ? NO_BOUNDS : new int[variables * 2];
    RouteMatch match = RouteMatch.hasControlCharacter(path)
        ? RouteMatch.controlCharacter() : table.match(environ.method(), path, bounds);
    Request request;
    if (match instanceof RouteMatch.Found) {
      Endpoint endpoint = ((RouteMatch.Found) match).endpoint();
      PathParams params = endpoint.variables() == 0 ? PathParams.none() : PathParams.of(path, bounds, endpoint.variables());
      String defaults = urls.defaultRedirect(endpoint, params, environ.method());
      if (defaults != null) {
        match = RouteMatch.Redirect.ifLocal(defaults);
        request = new Request(environ, null, PathParams.none(), limits);
      } else {
        request = new Request(environ, endpoint.rule(), params, limits);
      }
    } else {
      request = new Request(environ, null, PathParams.none(), limits);
    }
    RequestContext context = new RequestContext(this, request);
    context.push();
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
          request.close();
        }
      } finally {
        context.pop();
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
    if (csrf) {
      // Flask-WTF's CSRFProtect is a before-request hook registered ahead of the application's.
      Csrf.check(request, config);
    }
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
      throw new MethodNotAllowed(List.of(allow.split(", ")));
    }
    if (match instanceof RouteMatch.Redirect) {
      // Like Werkzeug's RequestRedirect, a slash redirect is no error: no error handler sees it.
      String location = request.environ().scriptName() + ((RouteMatch.Redirect) match).location();
      String query = request.environ().queryString();
      return Response.status(308)
          .withHeader("Location", query.isEmpty() ? location : location + "?" + query);
    }
    if (match instanceof RouteMatch.ControlCharacter) {
      throw new BadRequest("The requested path holds a control character (a NUL, a line break,"
          + " ...), which no URL of this application has.");
    }
    throw new NotFound();
  }

  /**
   * Flask's {@code handle_user_exception}: an HTTP error to its handler or its default page,
   * another exception to its handler by class; without a handler it goes on to
   * {@link #handleException}.
   */
  private Response handleUserException(Request request, Exception e) throws Exception {
    if (e instanceof ResponseException) {
      // Flask's abort(response): the answer itself, which no error handler sees.
      return ((ResponseException) e).response();
    }
    ErrorHook handler = lifecycle.findErrorHandler(e, errorBlueprint(request));
    if (e instanceof HttpException) {
      Response response = handler == null ? null : handler.handle(request, e);
      return response != null ? response : Response.forError((HttpException) e, request.headers());
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
   * sent. In debug mode the {@link DebugPage} answers, 500 handler or not, as Flask in debug mode
   * lets the exception through to Werkzeug's debugger.
   */
  private Response handleException(Request request, Throwable e) {
    LOG.log(Level.ERROR, "Exception on " + request.path() + " [" + request.method() + "]", e);
    if (debug) {
      return finalizeErrorResponse(request, DebugPage.answer(e, request, config));
    }
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
      response = Response.forError(serverError, request.headers());
    }
    return finalizeErrorResponse(request, response);
  }

  /**
   * Flask's {@code save_session} at the end of {@code process_response}: a session the request
   * used is stored onto the response.
   */
  private Response saveSession(Request request, Response response) {
    Session session = RequestContext.current().openedSession();
    return session == null ? response : sessions.save(session, request, response, this);
  }

  /** Flask's {@code finalize_request}: the after-request hooks; their exceptions are the caller's. */
  private Response finalizeRequest(Request request, Response response) throws Exception {
    return saveSession(request, lifecycle.afterRequest(request, response));
  }

  /**
   * {@code finalize_request(from_error_handler=True)}: the after-request hooks on an error's answer;
   * a failing hook is logged and the answer sent as it was.
   */
  private Response finalizeErrorResponse(Request request, Response response) {
    try {
      return saveSession(request, lifecycle.afterRequest(request, response));
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

  /** Starts the response; a {@code HEAD} request gets the headers of {@code GET} and no body. */
  private static Body send(String method, Response response, StartResponse startResponse) {
    Body body = response.body();
    HeaderList headers = response.headers();
    if (method.equals("HEAD")) {
      int status = response.status();
      // 1xx, 204 and 304 carry no length (a 304's body headers are gone on purpose).
      boolean lengthless = status < 200 || status == 204 || status == 304;
      if (!lengthless && body.contentLength() >= 0 && !headers.contains("Content-Length")) {
        headers = headers.with("Content-Length", Long.toString(body.contentLength()));
      }
      body = Body.empty();
    }
    startResponse.start(response.status(), headers);
    return body;
  }
}
