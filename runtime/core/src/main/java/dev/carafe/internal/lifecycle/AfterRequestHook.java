package dev.carafe.internal.lifecycle;

import dev.carafe.Request;
import dev.carafe.Response;

/**
 * Runs on the response before it is sent, Flask's {@code after_request}: the blueprint's hooks,
 * then the application's, each in reverse order of registration. Runs also on the responses of
 * error handlers and on the default error pages, the 500 page included (as Flask does since 1.1).
 */
@FunctionalInterface
public interface AfterRequestHook {
  /**
   * Sees, and may replace, the response.
   *
   * @return the response to send on ({@code response} itself, a changed copy, or another);
   *     {@code null} keeps {@code response}
   */
  Response after(Request request, Response response) throws Exception;
}
