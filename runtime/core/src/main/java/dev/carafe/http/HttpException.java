package dev.carafe.http;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;
import java.util.Objects;

/**
 * An HTTP error a handler (or the application) raises to answer with an error status, as
 * Werkzeug's {@code HTTPException}: there is one subclass per error status, named as Werkzeug
 * names it ({@link NotFound}, {@link MethodNotAllowed}, ...), and {@link Abort#abort(int)} throws
 * the one for a status.
 *
 * <p>Unless an error handler answers it, the application answers with
 * {@code Response.forError}: the status, and a body that is HTML like Werkzeug's, or JSON
 * ({@code {"code":404,"name":"Not Found","description":"..."}}) when the request's {@code Accept}
 * prefers {@code application/json} to {@code text/html}.
 *
 * <p>An HTTP error is an answer, not a fault: it carries no stack trace, so raising one is cheap,
 * and the application does not log it.
 */
public class HttpException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String name;
  private final String description;

  /**
   * An error of a status of the table, for the classes of this package.
   *
   * @param status the status, with its reason phrase
   * @param description what the client is told, in plain text
   */
  protected HttpException(HttpStatus status, String description) {
    this(status, description, null);
  }

  /** As {@link #HttpException(HttpStatus, String)}, keeping the exception that caused it. */
  protected HttpException(HttpStatus status, String description, Throwable cause) {
    this(status.code(), status.reason(), description, cause);
  }

  /**
   * An error of any status, for a subclass of your own.
   *
   * @param status the status, 400 to 599
   * @param name the reason phrase, for example {@code Not Found}
   * @param description what the client is told, in plain text
   */
  protected HttpException(int status, String name, String description) {
    this(status, name, description, null);
  }

  /** As {@link #HttpException(int, String, String)}, keeping the exception that caused it. */
  protected HttpException(int status, String name, String description, Throwable cause) {
    // No stack trace: an HTTP error is an expected answer, and a 404 should cost little.
    super(null, cause, true, false);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("An HTTP error status is 400 to 599, got " + status);
    }
    this.status = status;
    this.name = Objects.requireNonNull(name, "name");
    this.description = Objects.requireNonNull(description, "description");
  }

  /** {@code 404 Not Found: description}, made only when asked for (a log line, a test). */
  @Override
  public String getMessage() {
    return status + " " + name + ": " + description;
  }

  /** The status code. */
  public int status() {
    return status;
  }

  /** The reason phrase, for example {@code Not Found}. */
  public String name() {
    return name;
  }

  /** What the client is told about the error, in plain text. */
  public String description() {
    return description;
  }

  /**
   * Headers the error response carries besides {@code Content-Type} ({@code Allow} for a 405).
   * A subclass that needs more overrides this.
   */
  public HeaderList headers() {
    return HeaderList.empty();
  }
}
