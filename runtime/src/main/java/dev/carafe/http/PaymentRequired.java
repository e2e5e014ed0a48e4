package dev.carafe.http;

/**
 * 402 Payment Required: access to the resource needs payment.
 *
 * <p>Answered with Werkzeug's default description unless one is given; see {@link HttpException}
 * for how the body is rendered.
 */
public class PaymentRequired extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION =
      "Payment is required to access the requested resource.";

  /** The error with the default description. */
  public PaymentRequired() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client (HTML-escaped in the HTML body). */
  public PaymentRequired(String description) {
    super(402, "Payment Required", description);
  }
}
