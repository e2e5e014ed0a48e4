package dev.carafe.http;

/**
 * 423 Locked: the resource is locked.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class Locked extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "The resource that is being accessed is locked.";

  /** The error with the default description. */
  public Locked() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public Locked(String description) {
    super(423, "Locked", description);
  }
}
