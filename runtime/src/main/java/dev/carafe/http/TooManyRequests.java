package dev.carafe.http;

/**
 * 429 Too Many Requests: the client sent too many requests; add {@code Retry-After} in an error handler if you know when it may retry.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class TooManyRequests extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "This user has exceeded an allotted request count. Try again later.";

  /** The error with the default description. */
  public TooManyRequests() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public TooManyRequests(String description) {
    super(429, "Too Many Requests", description);
  }
}
