/**
 * The gateway interface, Carafe's WSGI: how a server hands a request to an application and takes
 * the response back, typed. A {@link dev.carafe.gateway.Gateway} is called with an immutable
 * {@link dev.carafe.gateway.Environ} and a {@link dev.carafe.gateway.StartResponse}, starts the
 * response once and returns a {@link dev.carafe.gateway.Body}; a
 * {@link dev.carafe.gateway.Middleware} wraps one gateway in another.
 *
 * <p>Applications, middleware, servers and the test client all meet here, and this package
 * depends on nothing but the JDK, so that a server adapter never sees the application and the
 * application never sees a server.
 */
package dev.carafe.gateway;
