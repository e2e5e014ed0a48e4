package dev.carafe.http;

/**
 * 406 Not Acceptable: no representation fits the request's {@code Accept} headers.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class NotAcceptable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request.";

  /** The error with the default description. */
  public NotAcceptable() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public NotAcceptable(String description) {
    super(406, "Not Acceptable", description);
  }
}
