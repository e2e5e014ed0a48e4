package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a query argument, converted to the parameter's type
 * ({@code String}, {@code int}, {@code long}, {@code double}, {@code boolean}, {@code UUID}, an
 * enum by name, or an {@code Optional} of one). A missing required value or one that does not
 * convert is answered 400: "Query parameter 'page' must be an integer, got 'abc'."
 *
 * <pre>{@code
 * @Get("/items")
 * public List<Item> items(@Query(defaultValue = "1") int page, @Query Optional<String> tag) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Query {
  /** The name as the client sends it; the parameter's own name when empty. */
  String value() default "";

  /** The {@link #defaultValue()} that stands for none, so that an empty text can be a default. */
  String NO_DEFAULT = "\u0000no default";

  /**
   * The value used when the client sends none, as text converted like a sent value. Without one a
   * value is required, unless the parameter is an {@code Optional}.
   */
  String defaultValue() default NO_DEFAULT;
}
