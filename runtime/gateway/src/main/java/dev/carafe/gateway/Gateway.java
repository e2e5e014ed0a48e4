package dev.carafe.gateway;

/**
 * Carafe's gateway interface, the Java counterpart of Python's WSGI: a server hands the request
 * over as an {@link Environ}, the gateway calls {@link StartResponse#start} exactly once with the
 * status and headers, and returns the {@link Body}.
 *
 * <p>An application, a middleware and the test client's target are all gateways; a
 * {@link Middleware} is a gateway that wraps another. A gateway may be called from many threads at
 * once and may block: servers call it off their I/O threads, unless {@link #mayBlock} says that a
 * request can be answered without blocking.
 */
@FunctionalInterface
public interface Gateway {
  /**
   * Answers one request.
   *
   * @param environ the request as the server saw it
   * @param startResponse to be called once, before this method returns, with status and headers
   * @return the response body, sent after the headers
   */
  Body call(Environ environ, StartResponse startResponse);

  /**
   * Whether answering {@code environ} may block the calling thread (a database call, a file read,
   * a sleep, waiting on another service), asked by a server before it calls {@link #call} for a
   * request without a body. When this answers {@code false}, the server may call the gateway on
   * the thread that read the request (Undertow's I/O thread, Jetty's selector) and save the
   * hand-off to a worker; while it runs, that thread serves no other connection. A request body,
   * and the writing of a streamed or file body, are still read and written where they may block.
   *
   * <p>{@code true} unless a gateway overrides it: a gateway that does not know never stalls a
   * server. A middleware that never blocks by itself answers as the gateway it wraps
   * ({@link Middleware#blockingAs}). Carafe's generated applications answer what the processor
   * decided for the endpoint the request routes to. Must be quick and must not block; it may be
   * called on any thread, and its answer holds for the {@link #call} of the same environ.
   *
   * @param environ the request, without its body
   * @return {@code false} only when the call for this request is known never to block
   */
  default boolean mayBlock(Environ environ) {
    return true;
  }
}
