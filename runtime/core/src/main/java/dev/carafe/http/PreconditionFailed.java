package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 412 Precondition Failed: an {@code If-Match} or {@code If-Unmodified-Since} condition failed.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class PreconditionFailed extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public PreconditionFailed() {
    this(HttpStatus.PRECONDITION_FAILED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public PreconditionFailed(String description) {
    super(HttpStatus.PRECONDITION_FAILED, description);
  }
}
