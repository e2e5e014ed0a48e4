package dev.carafe.http;

/**
 * 415 Unsupported Media Type: the request body's {@code Content-Type} is not one the endpoint reads.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UnsupportedMediaType extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server does not support the media type transmitted in the request.";

  /** The error with the default description. */
  public UnsupportedMediaType() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UnsupportedMediaType(String description) {
    super(415, "Unsupported Media Type", description);
  }
}
