package dev.carafe.internal.routing;

import dev.carafe.Request;
import dev.carafe.Response;

/**
 * Calls one controller method for a matched request. The processor generates one per endpoint, a
 * direct call with the parameters already converted: no reflection.
 */
@FunctionalInterface
public interface Invoker {
  /** Calls the controller method and turns what it returns into a response. */
  Response invoke(Request request) throws Exception;
}
