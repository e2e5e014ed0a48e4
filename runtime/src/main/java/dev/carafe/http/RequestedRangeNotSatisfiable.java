package dev.carafe.http;

/**
 * 416 Requested Range Not Satisfiable: the {@code Range} asked for lies outside the resource.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class RequestedRangeNotSatisfiable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server cannot provide the requested range.";

  /** The error with the default description. */
  public RequestedRangeNotSatisfiable() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public RequestedRangeNotSatisfiable(String description) {
    super(416, "Requested Range Not Satisfiable", description);
  }
}
