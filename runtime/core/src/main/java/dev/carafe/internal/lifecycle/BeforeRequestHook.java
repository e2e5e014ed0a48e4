package dev.carafe.internal.lifecycle;

import dev.carafe.Request;
import dev.carafe.Response;

/**
 * Runs before the view, Flask's {@code before_request}: the application's hooks first, then those
 * of the request's blueprint, each in the order registered. A hook that returns a response answers
 * the request with it: the remaining hooks and the view are skipped, the after-request hooks still
 * run.
 */
@FunctionalInterface
public interface BeforeRequestHook {
  /**
   * Looks at the request before the view.
   *
   * @return {@code null} to go on, or the response that answers the request early
   */
  Response before(Request request) throws Exception;
}
