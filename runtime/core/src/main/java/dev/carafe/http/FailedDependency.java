package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 424 Failed Dependency: an action the request depended on failed.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class FailedDependency extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public FailedDependency() {
    this(HttpStatus.FAILED_DEPENDENCY.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public FailedDependency(String description) {
    super(HttpStatus.FAILED_DEPENDENCY, description);
  }
}
