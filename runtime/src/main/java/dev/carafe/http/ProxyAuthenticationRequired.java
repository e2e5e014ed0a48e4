package dev.carafe.http;

/**
 * 407 Proxy Authentication Required: the client must authenticate with a proxy first.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ProxyAuthenticationRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The client must first authenticate itself with the proxy.";

  /** The error with the default description. */
  public ProxyAuthenticationRequired() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ProxyAuthenticationRequired(String description) {
    super(407, "Proxy Authentication Required", description);
  }
}
