package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 416 Requested Range Not Satisfiable: the {@code Range} asked for lies outside the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestedRangeNotSatisfiable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public RequestedRangeNotSatisfiable() {
    this(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestedRangeNotSatisfiable(String description) {
    super(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, description);
  }
}
