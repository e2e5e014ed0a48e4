package dev.carafe.internal.lifecycle;

import dev.carafe.Request;
import dev.carafe.Response;

/**
 * Answers an error, Flask's {@code errorhandler}: registered for a status or for a kind of exception
 * with {@link Lifecycle.Builder#statusHandler} or {@link Lifecycle.Builder#exceptionHandler}.
 *
 * <p>For an unhandled exception the handler of status 500 receives an
 * {@link dev.carafe.http.InternalServerError} whose {@code originalException()} is the exception.
 */
@FunctionalInterface
public interface ErrorHook {
  /**
   * The response to {@code error}.
   *
   * @param error the exception; a generated hook casts it to the type its method declares, which
   *     the matcher it was registered with has checked
   * @return the response; {@code null} sends the default error response
   */
  Response handle(Request request, Throwable error) throws Exception;
}
