package dev.carafe.http;

/**
 * 428 Precondition Required: the request must be conditional.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class PreconditionRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "This request is required to be conditional; try using \"If-Match\" or \"If-Unmodified-Since\".";

  /** The error with the default description. */
  public PreconditionRequired() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public PreconditionRequired(String description) {
    super(428, "Precondition Required", description);
  }
}
