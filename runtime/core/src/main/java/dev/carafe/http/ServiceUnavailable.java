package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 503 Service Unavailable: the application is down for maintenance or overloaded.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ServiceUnavailable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public ServiceUnavailable() {
    this(HttpStatus.SERVICE_UNAVAILABLE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ServiceUnavailable(String description) {
    super(HttpStatus.SERVICE_UNAVAILABLE, description);
  }
}
