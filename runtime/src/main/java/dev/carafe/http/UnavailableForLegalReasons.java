package dev.carafe.http;

/**
 * 451 Unavailable For Legal Reasons: a legal demand forbids serving the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UnavailableForLegalReasons extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "Unavailable for legal reasons.";

  /** The error with the default description. */
  public UnavailableForLegalReasons() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UnavailableForLegalReasons(String description) {
    super(451, "Unavailable For Legal Reasons", description);
  }
}
