package dev.carafe.http;

/**
 * 411 Length Required: the request needs a {@code Content-Length} header.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class LengthRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "A request with this method requires a valid <code>Content-Length</code> header.";

  /** The error with the default description. */
  public LengthRequired() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public LengthRequired(String description) {
    super(411, "Length Required", description);
  }
}
