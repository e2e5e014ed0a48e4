package dev.carafe.gateway;

/**
 * Carafe's gateway interface, the Java counterpart of Python's WSGI: a server hands the request
 * over as an {@link Environ}, the gateway calls {@link StartResponse#start} exactly once with the
 * status and headers, and returns the {@link Body}.
 *
 * <p>An application, a middleware and the test client's target are all gateways; a
 * {@link Middleware} is a gateway that wraps another. A gateway may be called from many threads at
 * once and may block (servers call it off their I/O threads).
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
}
