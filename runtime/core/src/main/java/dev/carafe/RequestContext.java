package dev.carafe;

import java.util.List;
import java.util.Map;

/**
 * The request being handled on this thread, for code that is not handed the {@link Request}:
 * Flask's {@code request}, {@code g} and {@code current_app} in one place. Prefer declaring the
 * parameters a handler needs; reach for this in helpers deep below a handler.
 *
 * <pre>{@code
 * RequestContext.current().g().put("user", user);         // in a before-request hook
 * User user = RequestContext.current().g().get("user", User.class);  // in a helper
 * int pageSize = RequestContext.current().app().config().integer("PAGE_SIZE");
 * }</pre>
 *
 * <p>The application pushes the context before the first hook runs and pops it after the last
 * teardown hook, as Flask's {@code ctx.push()} and {@code ctx.pop()}, on every path: an early answer, an exception, a virtual thread. When the response
 * body is a stream, the context is taken off the handler's thread when the application returns and
 * put back on the thread that writes the stream for as long as it writes; the teardown hooks run
 * when the stream is done, with the context still current.
 */
public final class RequestContext {
  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private final App app;
  private final Request request;
  private final RequestGlobals g = new RequestGlobals();
  /** Opened the first time the request uses it, as most requests never do. */
  private Session session;
  /** The messages flashed to this request, once {@link Flash} has taken them from the session. */
  private List<Flash.Message> flashes;
  /** The context this one hid on its thread while pushed; {@link #NOT_PUSHED} when not pushed. */
  private RequestContext previous = NOT_PUSHED;

  private static final RequestContext NOT_PUSHED = new RequestContext(null, null);

  /**
   * The context of {@code request} in {@code app}, not yet current: {@link #push()} makes it so.
   * The application makes one per request; a test may make one to call code that needs it.
   */
  public RequestContext(App app, Request request) {
    this.app = app;
    this.request = request;
  }

  /**
   * Makes this the current context of this thread until {@link #pop()}, as Flask's
   * {@code ctx.push()}.
   *
   * @throws IllegalStateException when it is current already, here or on another thread
   */
  public void push() {
    if (previous != NOT_PUSHED) {
      throw new IllegalStateException("This request context is pushed already; pop it first.");
    }
    previous = CURRENT.get();
    CURRENT.set(this);
  }

  /**
   * Ends what {@link #push()} began: the context this one hid becomes current again, as Flask's
   * {@code ctx.pop()}.
   *
   * @throws IllegalStateException when this context is not the current one
   */
  public void pop() {
    if (CURRENT.get() != this) {
      throw new IllegalStateException("Popped a request context that is not the current one.");
    }
    CURRENT.set(previous);
    previous = NOT_PUSHED;
  }

  /**
   * The context of the request this thread is handling.
   *
   * @throws IllegalStateException when the thread is not handling a request
   */
  public static RequestContext current() {
    RequestContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException("Working outside of request context. This code needs the"
          + " request being handled, and this thread is handling none: call it from a handler, a"
          + " hook or a streamed body, or pass the Request (or what you need of it) in instead.");
    }
    return context;
  }

  /** Whether this thread is handling a request. */
  public static boolean active() {
    return CURRENT.get() != null;
  }

  /** The context of this thread, or {@code null}. */
  static RequestContext currentOrNull() {
    return CURRENT.get();
  }

  /**
   * The request's session, Flask's {@code session}: opened by the application's
   * {@link SessionInterface} the first time it is asked for.
   */
  public Session session() {
    if (session == null) {
      session = app.sessionInterface().open(request, app);
    }
    return session;
  }

  /** The session if the request opened it, else {@code null}: what the application saves. */
  public Session openedSession() {
    return session;
  }

  List<Flash.Message> flashes() {
    return flashes;
  }

  void flashes(List<Flash.Message> flashes) {
    this.flashes = flashes;
  }

  /**
   * The application handling the request, Flask's {@code current_app}; its {@code config()} is
   * {@code current_app.config}.
   */
  public App app() {
    return app;
  }

  /** The request. */
  public Request request() {
    return request;
  }

  /** The store for this request only, Flask's {@code g}. */
  public RequestGlobals g() {
    return g;
  }

  /** The name of the endpoint the request matched, or {@code null} when it matched none. */
  public String endpoint() {
    return request.endpoint();
  }

  /** The path parameters by name, decoded; see {@link Request#viewArgs()}. */
  public Map<String, Object> viewArgs() {
    return request.viewArgs();
  }
}
