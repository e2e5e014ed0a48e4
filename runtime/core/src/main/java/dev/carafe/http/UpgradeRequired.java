package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 426 Upgrade Required: the client must switch to another protocol.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class UpgradeRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public UpgradeRequired() {
    this(HttpStatus.UPGRADE_REQUIRED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public UpgradeRequired(String description) {
    super(HttpStatus.UPGRADE_REQUIRED, description);
  }
}
