package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public controller method to a URL rule, in Flask's rule syntax.
 *
 * <pre>{@code
 * @Route("/user/<int:id>")
 * public String show(int id) { ... }
 * }</pre>
 *
 * <p>A rule is a path of static text and variables {@code <name>} or {@code <converter:name>}.
 * Each variable is bound to the method parameter of the same name. {@code HEAD} is answered by the
 * {@code GET} endpoint without a body, and {@code OPTIONS} is answered automatically with the
 * {@code Allow} header. The rule is checked at compile time: a malformed rule, a variable without a
 * parameter or two rules that match the same requests are compile errors.
 *
 * <p>{@link Get}, {@link Post}, {@link Put}, {@link Delete} and {@link Patch} are shortcuts for a
 * single method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Route {
  /** The URL rule, for example {@code "/user/<int:id>"}. It must start with a slash. */
  String value();

  /** The HTTP methods this endpoint answers; {@code GET} when not given. */
  String[] methods() default {"GET"};

  /** The endpoint name used to build URLs; the method's name when empty. */
  String endpoint() default "";
}
