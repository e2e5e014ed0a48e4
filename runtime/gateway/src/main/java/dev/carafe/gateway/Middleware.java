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
}
