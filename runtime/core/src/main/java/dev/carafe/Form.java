package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to a text field of a form body ({@code application/x-www-form-urlencoded}
 * or {@code multipart/form-data}), converted as {@link Query} converts; a missing or malformed
 * value is answered 400, too large a form 413. Files of a multipart form are read with
 * {@link Request#files()}.
 *
 * <pre>{@code
 * @Post("/login")
 * public Response login(@Form String user, @Form String password) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Form {
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
