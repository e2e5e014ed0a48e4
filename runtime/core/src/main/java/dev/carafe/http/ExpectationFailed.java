package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 417 Expectation Failed: the {@code Expect} header cannot be met.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ExpectationFailed extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public ExpectationFailed() {
    this(HttpStatus.EXPECTATION_FAILED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ExpectationFailed(String description) {
    super(HttpStatus.EXPECTATION_FAILED, description);
  }
}
