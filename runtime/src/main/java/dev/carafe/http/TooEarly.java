package dev.carafe.http;

/**
 * 425 Too Early: the request might be a replay of early data.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class TooEarly extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server is unwilling to risk processing a request that might be replayed.";

  /** The error with the default description. */
  public TooEarly() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public TooEarly(String description) {
    super(425, "Too Early", description);
  }
}
