package dev.carafe.http;

/**
 * 503 Service Unavailable: the application is down for maintenance or overloaded.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class ServiceUnavailable extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The server is temporarily unable to service your request due to maintenance downtime or capacity problems. Please try again later.";

  /** The error with the default description. */
  public ServiceUnavailable() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public ServiceUnavailable(String description) {
    super(503, "Service Unavailable", description);
  }
}
