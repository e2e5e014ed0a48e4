package dev.carafe.http;

/**
 * 422 Unprocessable Entity: the body is well-formed but its content is invalid.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UnprocessableEntity extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The request was well-formed but was unable to be followed due to semantic errors.";

  /** The error with the default description. */
  public UnprocessableEntity() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UnprocessableEntity(String description) {
    super(422, "Unprocessable Entity", description);
  }
}
