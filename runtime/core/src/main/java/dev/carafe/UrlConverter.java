package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a {@link Converter} class under a name rules can use, as {@code <name:variable>}. The
 * class needs a public constructor without parameters; the generated application makes one
 * instance. The pattern and weight are known to the compiler, which ranks the converter against
 * the others as Werkzeug would.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface UrlConverter {
  /** The name used in rules. */
  String name();

  /** The regular expression a variable must match, within one path segment. */
  String pattern() default "[^/]+";

  /** Where it ranks: lower is tried first ({@code int} is 50, {@code string} 100, {@code path} 200). */
  int weight() default 100;
}
