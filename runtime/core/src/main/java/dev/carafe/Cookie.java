package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a cookie, converted as {@link Query} converts; a missing or
 * malformed value is answered 400.
 *
 * <pre>{@code
 * @Get("/cart")
 * public String cart(@Cookie("cart_id") Optional<String> cartId) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Cookie {
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
