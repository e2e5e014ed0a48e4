package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method when a request is over, whatever happened, Flask's {@code teardown_request}:
 * after the response was made (for a streamed body, after it was written). It may take the
 * {@link Request} and a {@code Throwable}, the exception that no error handler answered or
 * {@code null}, and returns {@code void}. One that throws is logged; the others still run.
 *
 * <pre>{@code
 * @TeardownRequest
 * public void closeSession(Throwable error) {
 *   Database.session().close();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface TeardownRequest {
  /**
   * In a {@link Blueprint}, whether the hook is the whole application's rather than the
   * blueprint's, Flask's {@code teardown_app_request}: Flaskr's {@code load_logged_in_user} lives in its
   * {@code auth} blueprint and runs before every request. Outside a blueprint it changes nothing.
   */
  boolean appWide() default false;
}
