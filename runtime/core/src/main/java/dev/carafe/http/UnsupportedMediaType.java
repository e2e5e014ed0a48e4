package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 415 Unsupported Media Type: the request body's {@code Content-Type} is not one the endpoint reads.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UnsupportedMediaType extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public UnsupportedMediaType() {
    this(HttpStatus.UNSUPPORTED_MEDIA_TYPE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UnsupportedMediaType(String description) {
    super(HttpStatus.UNSUPPORTED_MEDIA_TYPE, description);
  }
}
