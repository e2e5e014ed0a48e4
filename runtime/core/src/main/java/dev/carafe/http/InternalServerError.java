package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;

/**
 * 500 Internal Server Error. The application answers an exception no error handler took with this
 * error, which keeps the exception as {@link #originalException()} (Werkzeug's
 * {@code original_exception}) for a 500 handler that wants to look at it; the client never sees
 * it outside debug mode.
 */
public class InternalServerError extends HttpException {
  private static final long serialVersionUID = 1L;

  /** The error with the default description. */
  public InternalServerError() {
    this(HttpStatus.INTERNAL_SERVER_ERROR.description());
  }

  /** The error with {@code description}, shown to the client. */
  public InternalServerError(String description) {
    super(HttpStatus.INTERNAL_SERVER_ERROR, description);
  }

  /** The error the application answers for {@code original}, with the default description. */
  public InternalServerError(Throwable original) {
    super(HttpStatus.INTERNAL_SERVER_ERROR, HttpStatus.INTERNAL_SERVER_ERROR.description(), original);
  }

  /** The exception that caused this error, or {@code null} when it was raised directly. */
  public Throwable originalException() {
    return getCause();
  }
}
