package dev.carafe.gateway;

/**
 * A layer around a {@link Gateway}: takes the next gateway and returns one that wraps it, as WSGI
 * middleware wraps a WSGI application. A middleware that changes the request passes on a new
 * {@link Environ} (for example from {@link Environ#withPath}); the environ it received stays as it
 * was.
 */
@FunctionalInterface
public interface Middleware {
  /** Returns a gateway that does this layer's work around {@code next}. */
  Gateway wrap(Gateway next);

  /**
   * Wraps {@code application} in {@code layers}, the first layer outermost: a request passes the
   * layers in the order given.
   */
  static Gateway chain(Gateway application, Middleware... layers) {
    Gateway gateway = application;
    for (int i = layers.length - 1; i >= 0; i--) {
      gateway = layers[i].wrap(gateway);
    }
    return gateway;
  }

  /**
   * The gateway of a layer that never blocks by itself (it adds headers, logs, counts): it answers
   * with {@code layer} and {@linkplain Gateway#mayBlock may block} for a request exactly when
   * {@code next} may. A middleware written as a lambda, without this, tells servers that every
   * request may block, which is safe but keeps every request off the I/O thread.
   *
   * <pre>{@code
   * public Gateway wrap(Gateway next) {
   *   return Middleware.blockingAs(next, (environ, start) -> next.call(environ, start));
   * }
   * }</pre>
   *
   * @param next the gateway the layer passes requests to, unchanged
   * @param layer the layer's own answer
   */
  static Gateway blockingAs(Gateway next, Gateway layer) {
    return new Gateway() {
      @Override
      public Body call(Environ environ, StartResponse startResponse) {
        return layer.call(environ, startResponse);
      }

      @Override
      public boolean mayBlock(Environ environ) {
        return next.mayBlock(environ);
      }
    };
  }
}
