package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method before each request, Flask's {@code before_request}: declared in a
 * {@link Blueprint}, before the requests of its endpoints; elsewhere, before every request. The
 * application's hooks run first, then the blueprint's, in the order of the sources.
 *
 * <p>The method may take the {@link Request} and returns {@code void} or a {@link Response}; a
 * non-null response answers the request at once, and the view is not called.
 *
 * <pre>{@code
 * @BeforeRequest
 * public Response requireLogin(Request request) {
 *   return request.cookie("session") == null ? Response.redirect("/login") : null;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface BeforeRequest {
  /**
   * In a {@link Blueprint}, whether the hook is the whole application's rather than the
   * blueprint's, Flask's {@code before_app_request}: Flaskr's {@code load_logged_in_user} lives in its
   * {@code auth} blueprint and runs before every request. Outside a blueprint it changes nothing.
   */
  boolean appWide() default false;
}
