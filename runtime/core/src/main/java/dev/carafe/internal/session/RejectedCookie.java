package dev.carafe.internal.session;

/**
 * Why a cookie gives no session: a bad signature, an expired or future timestamp, or a payload that
 * does not decode. {@link SignedCookie#decode} catches it, so that each check can simply stop.
 */
final class RejectedCookie extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RejectedCookie(String reason) {
    // Expected on every forged or stale cookie: a stack trace would be cost without use.
    super(reason, null, false, false);
  }
}
