package dev.carafe.http;

/**
 * 421 Misdirected Request: the request reached a server that cannot answer for its host.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class MisdirectedRequest extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server is not able to produce a response.";

  /** The error with the default description. */
  public MisdirectedRequest() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public MisdirectedRequest(String description) {
    super(421, "Misdirected Request", description);
  }
}
