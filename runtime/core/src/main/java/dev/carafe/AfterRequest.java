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
public @interface AfterRequest {}
