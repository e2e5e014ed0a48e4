package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 402 Payment Required: access to the resource needs payment.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class PaymentRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public PaymentRequired() {
    this(HttpStatus.PAYMENT_REQUIRED.description());
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public PaymentRequired(String description) {
    super(HttpStatus.PAYMENT_REQUIRED, description);
  }
}
