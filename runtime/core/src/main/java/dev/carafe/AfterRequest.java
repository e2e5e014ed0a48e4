package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on each response before it is sent, Flask's {@code after_request}: the
 * blueprint's hooks, then the application's, each in reverse order of the sources. It takes the
 * {@link Response} (and may take the {@link Request}) and returns the response to send.
 *
 * <pre>{@code
 * @AfterRequest
 * public Response noSniff(Response response) {
 *   return response.withHeader("X-Content-Type-Options", "nosniff");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AfterRequest {
  /**
   * In a {@link Blueprint}, whether the hook is the whole application's rather than the
   * blueprint's, Flask's {@code after_app_request}: Flaskr's {@code load_logged_in_user} lives in its
   * {@code auth} blueprint and runs before every request. Outside a blueprint it changes nothing.
   */
  boolean appWide() default false;
}
