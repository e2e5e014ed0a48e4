package dev.carafe.http;

/**
 * 500 Internal Server Error. The application answers an exception no error handler took with this
 * error, which keeps the exception as {@link #originalException()} (Werkzeug's
 * {@code original_exception}) for a 500 handler that wants to look at it; the client never sees
 * it outside debug mode.
 */
public class InternalServerError extends HttpException {
  private static final long serialVersionUID = 1L;

  /** Werkzeug's description of this status. */
  public static final String DESCRIPTION = "The server encountered an internal error and was unable"
      + " to complete your request. Either the server is overloaded or there is an error in the"
      + " application.";

  /** The error with the default description. */
  public InternalServerError() {
    this(DESCRIPTION);
  }

  /** The error with {@code description}, shown to the client. */
  public InternalServerError(String description) {
    super(500, "Internal Server Error", description);
  }

  /** The error the application answers for {@code original}, with the default description. */
  public InternalServerError(Throwable original) {
    super(500, "Internal Server Error", DESCRIPTION, original);
  }

  /** The exception that caused this error, or {@code null} when it was raised directly. */
  public Throwable originalException() {
    return getCause();
  }
}
