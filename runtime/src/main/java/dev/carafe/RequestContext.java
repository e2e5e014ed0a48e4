package dev.carafe;

import java.util.Map;

/**
 * The request being handled on this thread, for code that is not handed the {@link Request}:
 * Flask's {@code request}, {@code g} and {@code current_app} in one place. Prefer declaring the
 * parameters a handler needs; reach for this in helpers deep below a handler.
 *
 * <pre>{@code
 * RequestContext.current().g().put("user", user);         // in a before-request hook
 * User user = RequestContext.current().g().get("user", User.class);  // in a helper
 * }</pre>
 *
 * <p>The {@link App} pushes the context before the first hook runs and pops it after the last
 * teardown hook, on every path: an early answer, an exception, a virtual thread. When the response
 * body is a stream, the context is taken off the handler's thread when the application returns and
 * put back on the thread that writes the stream for as long as it writes; the teardown hooks run
 * when the stream is done, with the context still current.
 */
public final class RequestContext {
  private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

  private final App app;
  private final Request request;
  private final RequestGlobals g = new RequestGlobals();

  RequestContext(App app, Request request) {
    this.app = app;
    this.request = request;
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

  /** Makes {@code context} current on this thread; returns the one it replaces, to restore. */
  static RequestContext push(RequestContext context) {
    RequestContext previous = CURRENT.get();
    CURRENT.set(context);
    return previous;
  }

  /**
   * Puts back the context {@link #push} replaced (an enclosing application's, or none). The slot
   * is set to {@code null} rather than removed: a pooled thread then finds it in place on its next
   * request instead of inserting it again, and a virtual thread's slots go with the thread.
   */
  static void restore(RequestContext previous) {
    CURRENT.set(previous);
  }

  /** The application handling the request, Flask's {@code current_app}. */
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
