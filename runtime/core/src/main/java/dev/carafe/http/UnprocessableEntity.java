package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 422 Unprocessable Entity: the body is well-formed but its content is invalid.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UnprocessableEntity extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public UnprocessableEntity() {
    this(HttpStatus.UNPROCESSABLE_ENTITY.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UnprocessableEntity(String description) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, description);
  }
}
