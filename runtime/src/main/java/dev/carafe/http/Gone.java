package dev.carafe.http;

/**
 * 410 Gone: the resource existed and is gone for good.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Gone extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The requested URL is no longer available on this server and there is no forwarding address. If you followed a link from a foreign page, please contact the author of this page.";

  /** The error with the default description. */
  public Gone() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Gone(String description) {
    super(410, "Gone", description);
  }
}
