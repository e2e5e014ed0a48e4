package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 428 Precondition Required: the request must be conditional.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class PreconditionRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public PreconditionRequired() {
    this(HttpStatus.PRECONDITION_REQUIRED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public PreconditionRequired(String description) {
    super(HttpStatus.PRECONDITION_REQUIRED, description);
  }
}
