package dev.carafe.http;

/**
 * 424 Failed Dependency: an action the request depended on failed.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class FailedDependency extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The method could not be performed on the resource because the requested action depended on another action and that action failed.";

  /** The error with the default description. */
  public FailedDependency() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public FailedDependency(String description) {
    super(424, "Failed Dependency", description);
  }
}
