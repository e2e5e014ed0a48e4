package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the method answer errors, Flask's {@code errorhandler}: HTTP errors of the given
 * statuses (from {@code abort}, from routing, 500 for an unhandled exception) and exceptions of the
 * given classes and their subclasses. Declared in a {@link Blueprint}, it answers for the
 * blueprint's endpoints first. The handler is chosen in Flask's order: by status before by
 * class, the blueprint's before the application's, the most derived class first.
 *
 * <p>The method may take the {@link Request} and the exception, and returns what a view returns.
 *
 * <pre>{@code
 * @ErrorHandler(status = 404)
 * public Response notFound(HttpException error) {
 *   return Response.html(page("Nothing here")).withStatus(404);
 * }
 *
 * @ErrorHandler(exception = OutOfStock.class)
 * public Response outOfStock(OutOfStock error) {
 *   return Response.json(Map.of("error", error.getMessage())).withStatus(409);
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface ErrorHandler {
  /** The HTTP error statuses answered, 400 to 599. */
  int[] status() default {};

  /** The exception classes answered, with their subclasses. */
  Class<? extends Throwable>[] exception() default {};

  /**
   * In a {@link Blueprint}, whether the handler answers the errors of the whole application
   * rather than of the blueprint's requests, Flask's {@code app_errorhandler}. Outside a blueprint
   * it changes nothing.
   */
  boolean appWide() default false;
}
