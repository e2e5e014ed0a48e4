package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 451 Unavailable For Legal Reasons: a legal demand forbids serving the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UnavailableForLegalReasons extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public UnavailableForLegalReasons() {
    this(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UnavailableForLegalReasons(String description) {
    super(HttpStatus.UNAVAILABLE_FOR_LEGAL_REASONS, description);
  }
}
