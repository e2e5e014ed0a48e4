package dev.carafe.http;

/**
 * 426 Upgrade Required: the client must switch to another protocol.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UpgradeRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server refuses to perform the request using the current protocol. Please switch to the protocol named in the Upgrade header.";

  /** The error with the default description. */
  public UpgradeRequired() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UpgradeRequired(String description) {
    super(426, "Upgrade Required", description);
  }
}
