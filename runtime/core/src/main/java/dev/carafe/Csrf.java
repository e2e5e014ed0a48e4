package dev.carafe;

import dev.carafe.config.Config;
import dev.carafe.http.BadRequest;
import dev.carafe.routing.Rule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Protection against cross-site request forgery, as Flask-WTF's {@code CSRFProtect} gives it:
 * with {@code CSRF_ENABLED} on, every request that changes something (any method but GET, HEAD,
 * OPTIONS and TRACE) must carry the token kept in the user's session, in the form field
 * {@code csrf_token} or in an {@code X-CSRFToken} or {@code X-CSRF-Token} header (for scripts);
 * without it the answer is a 400 that says what was wrong. Endpoints and blueprints listed in
 * {@code CSRF_EXEMPT} (a webhook, an API with its own authentication) are not checked. Off by
 * default, so Flask code ports unchanged. Needs a session, so a {@code SECRET_KEY}.
 *
 * <pre>{@code
 * <form method="post">  + Csrf.hiddenField() +  ... </form>
 * }</pre>
 */
public final class Csrf {
  /** The form field the token is sent in. */
  public static final String FIELD = "csrf_token";
  private static final String SESSION_KEY = "csrf_token";
  private static final List<String> HEADERS = List.of("X-CSRFToken", "X-CSRF-Token");
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final SecureRandom RANDOM = new SecureRandom();

  private Csrf() {}

  /** The token of the current user's session, made (and kept in the session) the first time. */
  public static String token() {
    Session session = RequestContext.current().session();
    Object token = session.get(SESSION_KEY);
    if (token instanceof String text && !text.isEmpty()) {
      return text;
    }
    byte[] bytes = new byte[20];
    RANDOM.nextBytes(bytes);
    String made = HexFormat.of().formatHex(bytes);
    session.put(SESSION_KEY, made);
    return made;
  }

  /** The hidden form field that carries {@link #token()}, to put inside a {@code <form>}. */
  public static String hiddenField() {
    return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token() + "\">";
  }

  /**
   * Checks a request as the application does before its before-request hooks when
   * {@code CSRF_ENABLED} is on: a request that changes something, to an endpoint that is not
   * exempt, must carry the session's token.
   *
   * @throws BadRequest naming what is missing or wrong
   */
  public static void check(Request request, Config config) {
    Rule rule = request.urlRule();
    if (rule == null || SAFE_METHODS.contains(request.method())) {
      return;
    }
    List<String> exempt = config.get(Config.CSRF_EXEMPT);
    if (exempt.contains(rule.endpoint()) || rule.blueprint() != null && exempt.contains(rule.blueprint())) {
      return;
    }
    String sent = sentToken(request);
    if (sent == null || sent.isEmpty()) {
      throw new BadRequest("The CSRF token is missing.");
    }
    Object kept = RequestContext.current().session().get(SESSION_KEY);
    if (!(kept instanceof String expected) || expected.isEmpty()) {
      throw new BadRequest("The CSRF session token is missing.");
    }
    if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
      throw new BadRequest("The CSRF tokens do not match.");
    }
  }

  private static String sentToken(Request request) {
    String type = request.header("Content-Type");
    if (type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
      String field = request.form(FIELD);
      if (field != null) {
        return field;
      }
    }
    for (String header : HEADERS) {
      String value = request.header(header);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
