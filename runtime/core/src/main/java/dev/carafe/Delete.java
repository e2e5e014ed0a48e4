package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Shortcut for {@code @Route(value = ..., methods = "DELETE")}; see {@link Route}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Delete {
  /** The URL rule, for example {@code "/user/<int:id>"}. It must start with a slash. */
  String value();

  /** The endpoint name used to build URLs; the method's name when empty. */
  String endpoint() default "";
}
