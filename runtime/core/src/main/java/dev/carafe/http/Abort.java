package dev.carafe.http;

import dev.carafe.gateway.HttpStatus;
import java.util.List;
import java.util.Objects;

/**
 * Flask's {@code abort}: stops the request with the HTTP error of a status.
 *
 * <pre>{@code
 * import static dev.carafe.http.Abort.abort;
 *
 * Item item = items.find(id);
 * if (item == null) {
 *   abort(404);
 * }
 * if (!item.owner().equals(user)) {
 *   throw abort(403, "Only the owner may change an item.");
 * }
 * }</pre>
 *
 * <p>{@code abort} always throws; it is declared to return the exception so that
 * {@code throw abort(...)} tells the compiler the method ends there.
 */
public final class Abort {
  private Abort() {}

  /**
   * Throws the HTTP error of {@code status} with Werkzeug's description.
   *
   * @throws IllegalArgumentException when there is no HTTP error class for {@code status}
   */
  public static HttpException abort(int status) {
    HttpStatus error = HttpStatus.of(status);
    throw error(error, error.description());
  }

  /**
   * Throws the HTTP error of {@code status} with {@code description}, which the client sees.
   *
   * @throws IllegalArgumentException when there is no HTTP error class for {@code status}
   */
  public static HttpException abort(int status, String description) {
    throw error(HttpStatus.of(status), Objects.requireNonNull(description, "description"));
  }

  /** The exception class of each status; a switch without a default, so the
   * compiler checks that every status of the table has one. */
  static HttpException error(HttpStatus status, String description) {
    return switch (status) {
      case BAD_REQUEST -> new BadRequest(description);
      case UNAUTHORIZED -> new Unauthorized(description);
      case PAYMENT_REQUIRED -> new PaymentRequired(description);
      case FORBIDDEN -> new Forbidden(description);
      case NOT_FOUND -> new NotFound(description);
      case METHOD_NOT_ALLOWED -> new MethodNotAllowed(List.of(), description);
      case NOT_ACCEPTABLE -> new NotAcceptable(description);
      case PROXY_AUTHENTICATION_REQUIRED -> new ProxyAuthenticationRequired(description);
      case REQUEST_TIMEOUT -> new RequestTimeout(description);
      case CONFLICT -> new Conflict(description);
      case GONE -> new Gone(description);
      case LENGTH_REQUIRED -> new LengthRequired(description);
      case PRECONDITION_FAILED -> new PreconditionFailed(description);
      case REQUEST_ENTITY_TOO_LARGE -> new RequestEntityTooLarge(description);
      case REQUEST_URI_TOO_LARGE -> new RequestUriTooLarge(description);
      case UNSUPPORTED_MEDIA_TYPE -> new UnsupportedMediaType(description);
      case REQUESTED_RANGE_NOT_SATISFIABLE -> new RequestedRangeNotSatisfiable(description);
      case EXPECTATION_FAILED -> new ExpectationFailed(description);
      case IM_A_TEAPOT -> new ImATeapot(description);
      case MISDIRECTED_REQUEST -> new MisdirectedRequest(description);
      case UNPROCESSABLE_ENTITY -> new UnprocessableEntity(description);
      case LOCKED -> new Locked(description);
      case FAILED_DEPENDENCY -> new FailedDependency(description);
      case TOO_EARLY -> new TooEarly(description);
      case UPGRADE_REQUIRED -> new UpgradeRequired(description);
      case PRECONDITION_REQUIRED -> new PreconditionRequired(description);
      case TOO_MANY_REQUESTS -> new TooManyRequests(description);
      case REQUEST_HEADER_FIELDS_TOO_LARGE -> new RequestHeaderFieldsTooLarge(description);
      case UNAVAILABLE_FOR_LEGAL_REASONS -> new UnavailableForLegalReasons(description);
      case INTERNAL_SERVER_ERROR -> new InternalServerError(description);
      case NOT_IMPLEMENTED -> new NotImplemented(description);
      case BAD_GATEWAY -> new BadGateway(description);
      case SERVICE_UNAVAILABLE -> new ServiceUnavailable(description);
      case GATEWAY_TIMEOUT -> new GatewayTimeout(description);
      case HTTP_VERSION_NOT_SUPPORTED -> new HttpVersionNotSupported(description);
    };
  }
}
