package dev.carafe;

import java.util.Objects;

/**
 * Ends the request with a response of your own from anywhere below a handler or a hook: Flask's
 * {@code abort(response)} (Werkzeug's {@code HTTPException(response=...)}), JAX-RS's
 * {@code WebApplicationException(response)}. As in Flask, no error handler sees it: the response
 * is the answer, and the after-request hooks run on it.
 *
 * <pre>{@code
 * // Flaskr's login_required: the logged-in user, or the login page.
 * static User loginRequired() {
 *   User user = RequestContext.current().g().get("user", User.class);
 *   if (user == null) {
 *     throw new ResponseException(Response.redirect(FlaskrUrls.authLogin()));
 *   }
 *   return user;
 * }
 * }</pre>
 */
public final class ResponseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Response response;

  /** The exception that answers the request with {@code response}. */
  public ResponseException(Response response) {
    // No stack trace: this is an answer, not a fault, and costs little.
    super(null, null, false, false);
    this.response = Objects.requireNonNull(response, "response");
  }

  /** The answer. */
  public Response response() {
    return response;
  }

  @Override
  public String getMessage() {
    return "Answered early with " + response;
  }
}
