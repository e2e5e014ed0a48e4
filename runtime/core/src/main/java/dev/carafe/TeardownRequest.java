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
public @interface TeardownRequest {}
