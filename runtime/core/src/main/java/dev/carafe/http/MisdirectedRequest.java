package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 421 Misdirected Request: the request reached a server that cannot answer for its host.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class MisdirectedRequest extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public MisdirectedRequest() {
    this(HttpStatus.MISDIRECTED_REQUEST.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public MisdirectedRequest(String description) {
    super(HttpStatus.MISDIRECTED_REQUEST, description);
  }
}
