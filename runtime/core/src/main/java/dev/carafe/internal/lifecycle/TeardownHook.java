package dev.carafe.internal.lifecycle;

import dev.carafe.Request;

/**
 * Runs when the request is over, whatever happened, Flask's {@code teardown_request}: the
 * blueprint's hooks, then the application's, each in reverse order of registration, while the
 * request context is still current. For a streamed body that is after the last byte was written.
 * A hook that throws is logged and the others still run.
 */
@FunctionalInterface
public interface TeardownHook {
  /**
   * Releases what the request held.
   *
   * @param error the exception no error handler answered (the request then got a 500), or that
   *     broke off a streamed body; {@code null} when the request went well or its error was handled
   */
  void teardown(Request request, Throwable error) throws Exception;
}
