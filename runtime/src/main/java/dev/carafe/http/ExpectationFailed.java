package dev.carafe.http;

/**
 * 417 Expectation Failed: the {@code Expect} header cannot be met.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ExpectationFailed extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server could not meet the requirements of the Expect header";

  /** The error with the default description. */
  public ExpectationFailed() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ExpectationFailed(String description) {
    super(417, "Expectation Failed", description);
  }
}
