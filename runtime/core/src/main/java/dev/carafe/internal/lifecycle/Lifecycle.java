package dev.carafe.internal.lifecycle;

import dev.carafe.App;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.http.HttpException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * The hooks and error handlers of an application, for the application as a whole and per
 * blueprint, each run in Flask's order. The generated application builds one and hands it to
 * {@link dev.carafe.internal.app.CompiledApp#of}, which runs the steps of a request in Flask's
 * order and calls the methods here for each step. Every step walks the same {@code Scopes}: the
 * blueprint's, then the application's, or the other way round, as Flask walks
 * {@code chain(request.blueprints, (None,))}.
 *
 * <pre>{@code
 * Lifecycle lifecycle = Lifecycle.builder()
 *     .blueprint("admin", "/admin")
 *     .beforeRequest("admin", request -> isAdmin(request) ? null : Response.status(403))
 *     .afterRequest(null, (request, response) -> response.withHeader("X-Frame-Options", "DENY"))
 *     .statusHandler(null, 404, (request, error) -> Response.html(notFoundPage))
 *     .exceptionHandler(null, e -> e instanceof SQLException, 2, (request, e) -> ...)
 *     .build();
 * }</pre>
 *
 * <p>A blueprint argument of {@code null} stands for the application. Immutable once built, but
 * for remembering that its {@link #shutdown} hooks ran, which they do once.
 */
public final class Lifecycle {
  private static final System.Logger LOG = System.getLogger(Lifecycle.class.getName());
  private static final Lifecycle NONE = builder().build();

  /** The scopes of a request to the application's own endpoints: the application's alone. */
  private final Scopes appOnly;
  /** The scopes of a request to each blueprint's endpoints: the blueprint's, then the application's. */
  private final Map<String, Scopes> blueprints;
  private final Map<String, String> prefixes;
  private final boolean hasUrlDefaults;
  private final List<ShutdownHook> shutdownHooks;
  private final List<String> shutdownNames;
  /** Shared by every copy of the application ({@code withConfig}...): they close as one. */
  private final AtomicBoolean shutDown = new AtomicBoolean();

  private Lifecycle(Builder builder) {
    Scope app = builder.app.frozen();
    this.appOnly = new Scopes(List.of(app));
    Map<String, Scopes> chains = new HashMap<>();
    builder.blueprints.forEach((name, scope) ->
        chains.put(name, new Scopes(List.of(scope.frozen(), app))));
    this.blueprints = Map.copyOf(chains);
    this.prefixes = Map.copyOf(builder.prefixes);
    this.hasUrlDefaults = !app.urlDefaults.isEmpty()
        || builder.blueprints.values().stream().anyMatch(scope -> !scope.urlDefaults.isEmpty());
    this.shutdownHooks = List.copyOf(builder.shutdownHooks);
    this.shutdownNames = List.copyOf(builder.shutdownNames);
  }

  /**
   * The scopes whose hooks and handlers apply to a request, Flask's
   * {@code chain(request.blueprints, (None,))}: {@link #outward} from the blueprint to the
   * application, as after-request and teardown hooks and error handlers are looked up, and
   * {@link #inward} the other way, as URL value preprocessors and before-request hooks run.
   */
  private record Scopes(List<Scope> outward, List<Scope> inward) {
    Scopes(List<Scope> outward) {
      this(outward, reversed(outward));
    }

    private static List<Scope> reversed(List<Scope> scopes) {
      List<Scope> copy = new ArrayList<>(scopes);
      Collections.reverse(copy);
      return List.copyOf(copy);
    }
  }

  /** The scopes of {@code blueprint}'s requests; the application's alone for {@code null}. */
  private Scopes scopes(String blueprint) {
    Scopes scopes = blueprint == null ? null : blueprints.get(blueprint);
    return scopes == null ? appOnly : scopes;
  }

  /** No hooks and no error handlers. */
  public static Lifecycle none() {
    return NONE;
  }

  /** A builder to register hooks and handlers with. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs the URL value preprocessors on the matched request's view arguments: the application's,
   * then the blueprint's. Flask's first step of {@code preprocess_request}.
   */
  public void preprocessUrlValues(Request request) {
    Map<String, Object> values = request.viewArgs();
    for (Scope scope : scopes(request.blueprint()).inward()) {
      for (UrlValuesHook hook : scope.urlValuePreprocessors) {
        hook.apply(request.endpoint(), values);
      }
    }
  }

  /**
   * Runs the before-request hooks: the application's, then the blueprint's.
   *
   * @return the first response a hook returned, or {@code null} when every hook let it through
   */
  public Response beforeRequest(Request request) throws Exception {
    for (Scope scope : scopes(request.blueprint()).inward()) {
      for (BeforeRequestHook hook : scope.beforeRequest) {
        Response early = hook.before(request);
        if (early != null) {
          return early;
        }
      }
    }
    return null;
  }

  /**
   * Runs the after-request hooks on {@code response}: the blueprint's, then the application's, each
   * in reverse order of registration. A hook that throws stops the rest; the exception is the
   * caller's.
   */
  public Response afterRequest(Request request, Response response) throws Exception {
    for (Scope scope : scopes(request.blueprint()).outward()) {
      List<AfterRequestHook> hooks = scope.afterRequest;
      for (int i = hooks.size() - 1; i >= 0; i--) {
        Response replaced = hooks.get(i).after(request, response);
        if (replaced != null) {
          response = replaced;
        }
      }
    }
    return response;
  }

  /**
   * Runs every teardown hook: the blueprint's, then the application's, each in reverse order of
   * registration. One that throws is logged and the rest still run.
   */
  public void teardown(Request request, Throwable error) {
    for (Scope scope : scopes(request.blueprint()).outward()) {
      List<TeardownHook> hooks = scope.teardownRequest;
      for (int i = hooks.size() - 1; i >= 0; i--) {
        try {
          hooks.get(i).teardown(request, error);
        } catch (Exception | LinkageError | AssertionError e) {
          LOG.log(Level.ERROR, "Exception in a teardown hook on " + request.path() + " ["
              + request.method() + "]; the other teardown hooks still run", e);
        }
      }
    }
  }

  /**
   * Runs the shutdown hooks, the first time only, in reverse order of registration, as
   * try-with-resources closes: what was opened last may use what was opened first. One that
   * throws is logged and the rest still run, so that one pool failing to close leaves no other
   * open.
   *
   * @param app the application being closed, handed to each hook
   */
  public void shutdown(App app) {
    if (!shutDown.compareAndSet(false, true)) {
      return;
    }
    for (int i = shutdownHooks.size() - 1; i >= 0; i--) {
      try {
        shutdownHooks.get(i).shutdown(app);
      } catch (Exception | LinkageError | AssertionError e) {
        LOG.log(Level.ERROR, "Exception in the shutdown hook " + shutdownNames.get(i)
            + "; the other shutdown hooks still run", e);
      }
    }
  }

  /**
   * Runs the URL defaults for a URL being built: the application's, then those of the endpoint's
   * blueprint.
   */
  public void injectUrlDefaults(String endpoint, String blueprint, Map<String, Object> values) {
    for (Scope scope : scopes(blueprint).inward()) {
      for (UrlValuesHook hook : scope.urlDefaults) {
        hook.apply(endpoint, values);
      }
    }
  }

  /** Whether any URL defaults are registered, so that {@code urlFor} can skip copying values. */
  public boolean hasUrlDefaults() {
    return hasUrlDefaults;
  }

  /**
   * The error handler for {@code error}, in Flask's order: for an HTTP error, the handlers of its
   * status in the blueprint, then in the application; then the handlers by exception class in the
   * blueprint, then in the application, the most derived class first.
   *
   * @param blueprint the blueprint whose handlers come first, or {@code null}
   * @return the handler, or {@code null} when none applies
   */
  public ErrorHook findErrorHandler(Throwable error, String blueprint) {
    List<Scope> scopes = scopes(blueprint).outward();
    if (error instanceof HttpException) {
      HttpException http = (HttpException) error;
      for (Scope scope : scopes) {
        ErrorHook hook = scope.errorHandlers.forStatus(http.status(), http);
        if (hook != null) {
          return hook;
        }
      }
    }
    for (Scope scope : scopes) {
      ErrorHook hook = scope.errorHandlers.forClass(error);
      if (hook != null) {
        return hook;
      }
    }
    return null;
  }

  /**
   * The blueprint whose URL prefix {@code path} lies under (the longest such prefix), or
   * {@code null}: errors of requests that matched no rule go to its handlers first, so that a
   * blueprint's 404 page covers the paths under it.
   */
  public String blueprintAt(String path) {
    String found = null;
    int longest = 0;
    for (Map.Entry<String, String> entry : prefixes.entrySet()) {
      String prefix = entry.getValue();
      boolean under = path.startsWith(prefix)
          && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/'
              || prefix.endsWith("/"));
      if (under && prefix.length() > longest) {
        found = entry.getKey();
        longest = prefix.length();
      }
    }
    return found;
  }

  /** Collects hooks and handlers; each method returns the builder. */
  public static final class Builder {
    private final Scope app = new Scope();
    private final Map<String, Scope> blueprints = new HashMap<>();
    private final Map<String, String> prefixes = new HashMap<>();
    private final List<ShutdownHook> shutdownHooks = new ArrayList<>();
    private final List<String> shutdownNames = new ArrayList<>();

    private Builder() {}

    /**
     * Declares a blueprint and its URL prefix, so that its 404 and 405 handlers also answer for
     * paths under the prefix that match no rule.
     *
     * @param name the blueprint's name, as its endpoints carry it
     * @param urlPrefix the prefix of its rules, for example {@code /admin}; empty or {@code /} for
     *     none, in which case it claims no unmatched paths
     */
    public Builder blueprint(String name, String urlPrefix) {
      Objects.requireNonNull(urlPrefix, "urlPrefix");
      scope(Objects.requireNonNull(name, "name"));
      String prefix = urlPrefix.endsWith("/") ? urlPrefix.substring(0, urlPrefix.length() - 1)
          : urlPrefix;
      if (!prefix.isEmpty()) {
        if (!prefix.startsWith("/")) {
          throw new IllegalArgumentException(
              "The URL prefix of blueprint '" + name + "' must start with '/', got '" + urlPrefix
                  + "'");
        }
        prefixes.put(name, prefix);
      }
      return this;
    }

    /** Adds a URL value preprocessor of {@code blueprint} ({@code null}: the application). */
    public Builder urlValuePreprocessor(String blueprint, UrlValuesHook hook) {
      scope(blueprint).urlValuePreprocessors.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /** Adds a before-request hook of {@code blueprint} ({@code null}: the application). */
    public Builder beforeRequest(String blueprint, BeforeRequestHook hook) {
      scope(blueprint).beforeRequest.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /** Adds an after-request hook of {@code blueprint} ({@code null}: the application). */
    public Builder afterRequest(String blueprint, AfterRequestHook hook) {
      scope(blueprint).afterRequest.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /** Adds a teardown hook of {@code blueprint} ({@code null}: the application). */
    public Builder teardownRequest(String blueprint, TeardownHook hook) {
      scope(blueprint).teardownRequest.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /**
     * Adds a hook that runs once when the application is closed; a blueprint's are the
     * application's, as its resources outlive any request.
     *
     * @param name the method, as the log names it when it throws: {@code Db.closePool()}
     */
    public Builder shutdown(String name, ShutdownHook hook) {
      shutdownNames.add(Objects.requireNonNull(name, "name"));
      shutdownHooks.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /** Adds URL defaults of {@code blueprint} ({@code null}: the application). */
    public Builder urlDefaults(String blueprint, UrlValuesHook hook) {
      scope(blueprint).urlDefaults.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /**
     * Adds a handler of {@code blueprint} ({@code null}: the application) for every HTTP error of
     * {@code status}: raised with {@code abort}, by the routing (404, 405), or 500 for an
     * unhandled exception.
     */
    public Builder statusHandler(String blueprint, int status, ErrorHook hook) {
      checkStatus(status);
      scope(blueprint).errorHandlers.add(status, e -> true, 0, Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /**
     * Adds a handler of {@code blueprint} ({@code null}: the application) for exceptions of a
     * class, which the generated code states without reflection.
     *
     * @param matches {@code e -> e instanceof X}
     * @param depth the number of superclasses of {@code X} below {@code Throwable}
     *     ({@code Exception} 1, {@code RuntimeException} 2, {@code HttpException} 3), which the
     *     processor computes; among matching handlers the deepest wins
     */
    public Builder exceptionHandler(String blueprint, Predicate<Throwable> matches, int depth,
        ErrorHook hook) {
      return exceptionHandler(blueprint, 0, matches, depth, hook);
    }

    /**
     * Adds a handler for a subclass of an HTTP error of {@code status}; Flask files a handler for
     * {@code NotFound} or a subclass of it under 404, so it is found with the status handlers,
     * before any handler by class.
     */
    public Builder exceptionHandler(String blueprint, int status, Predicate<Throwable> matches,
        int depth, ErrorHook hook) {
      if (status != 0) {
        checkStatus(status);
      }
      if (depth < 0) {
        throw new IllegalArgumentException("A class depth is 0 or more, got " + depth);
      }
      scope(blueprint).errorHandlers.add(status, Objects.requireNonNull(matches, "matches"),
          depth, Objects.requireNonNull(hook, "hook"));
      return this;
    }

    private static void checkStatus(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException(
            "An error handler's status is 400 to 599, got " + status);
      }
    }

    private Scope scope(String blueprint) {
      return blueprint == null ? app : blueprints.computeIfAbsent(blueprint, name -> new Scope());
    }

    /** The lifecycle of what was registered so far; later registrations do not change it. */
    public Lifecycle build() {
      return new Lifecycle(this);
    }
  }
}
