package dev.carafe.http;

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
   * Throws the error of {@code status} with its default description.
   *
   * @throws HttpException always: the subclass for {@code status}
   * @throws IllegalArgumentException when {@code status} is not an HTTP error status Carafe knows
   */
  public static HttpException abort(int status) {
    throw error(status, null);
  }

  /**
   * Throws the error of {@code status} with {@code description}, which the client is shown.
   *
   * @throws HttpException always: the subclass for {@code status}
   * @throws IllegalArgumentException when {@code status} is not an HTTP error status Carafe knows
   */
  public static HttpException abort(int status, String description) {
    throw error(status, java.util.Objects.requireNonNull(description, "description"));
  }

  /** The error of {@code status}; the default description when {@code d} is null. */
  static HttpException error(int status, String d) {
    switch (status) {
      case 400: return d == null ? new BadRequest() : new BadRequest(d);
      case 401: return d == null ? new Unauthorized() : new Unauthorized(d);
      case 402: return d == null ? new PaymentRequired() : new PaymentRequired(d);
      case 403: return d == null ? new Forbidden() : new Forbidden(d);
      case 404: return d == null ? new NotFound() : new NotFound(d);
      case 405: return d == null
          ? new MethodNotAllowed(java.util.List.of())
          : new MethodNotAllowed(java.util.List.of(), d);
      case 406: return d == null ? new NotAcceptable() : new NotAcceptable(d);
      case 407: return d == null
          ? new ProxyAuthenticationRequired()
          : new ProxyAuthenticationRequired(d);
      case 408: return d == null ? new RequestTimeout() : new RequestTimeout(d);
      case 409: return d == null ? new Conflict() : new Conflict(d);
      case 410: return d == null ? new Gone() : new Gone(d);
      case 411: return d == null ? new LengthRequired() : new LengthRequired(d);
      case 412: return d == null ? new PreconditionFailed() : new PreconditionFailed(d);
      case 413: return d == null ? new RequestEntityTooLarge() : new RequestEntityTooLarge(d);
      case 414: return d == null ? new RequestUriTooLarge() : new RequestUriTooLarge(d);
      case 415: return d == null ? new UnsupportedMediaType() : new UnsupportedMediaType(d);
      case 416: return d == null
          ? new RequestedRangeNotSatisfiable()
          : new RequestedRangeNotSatisfiable(d);
      case 417: return d == null ? new ExpectationFailed() : new ExpectationFailed(d);
      case 418: return d == null ? new ImATeapot() : new ImATeapot(d);
      case 421: return d == null ? new MisdirectedRequest() : new MisdirectedRequest(d);
      case 422: return d == null ? new UnprocessableEntity() : new UnprocessableEntity(d);
      case 423: return d == null ? new Locked() : new Locked(d);
      case 424: return d == null ? new FailedDependency() : new FailedDependency(d);
      case 425: return d == null ? new TooEarly() : new TooEarly(d);
      case 426: return d == null ? new UpgradeRequired() : new UpgradeRequired(d);
      case 428: return d == null ? new PreconditionRequired() : new PreconditionRequired(d);
      case 429: return d == null ? new TooManyRequests() : new TooManyRequests(d);
      case 431: return d == null
          ? new RequestHeaderFieldsTooLarge()
          : new RequestHeaderFieldsTooLarge(d);
      case 451: return d == null
          ? new UnavailableForLegalReasons()
          : new UnavailableForLegalReasons(d);
      case 500: return d == null ? new InternalServerError() : new InternalServerError(d);
      case 501: return d == null ? new NotImplemented() : new NotImplemented(d);
      case 502: return d == null ? new BadGateway() : new BadGateway(d);
      case 503: return d == null ? new ServiceUnavailable() : new ServiceUnavailable(d);
      case 504: return d == null ? new GatewayTimeout() : new GatewayTimeout(d);
      case 505: return d == null ? new HttpVersionNotSupported() : new HttpVersionNotSupported(d);
      default:
        throw new IllegalArgumentException("There is no HTTP error for status " + status
            + "; abort takes 400 to 418, 421 to 426, 428, 429, 431, 451 or 500 to 505");
    }
  }
}
