package dev.carafe.http;

/**
 * 412 Precondition Failed: an {@code If-Match} or {@code If-Unmodified-Since} condition failed.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class PreconditionFailed extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The precondition on the request for the URL failed positive evaluation.";

  /** The error with the default description. */
  public PreconditionFailed() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public PreconditionFailed(String description) {
    super(412, "Precondition Failed", description);
  }
}
