package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a controller class a blueprint, Flask's {@code Blueprint}: its rules live under
 * {@link #urlPrefix()}, its endpoints are named {@code name.method}, and the hooks and error
 * handlers declared in it apply to its endpoints only (its 404 and 405 handlers also to paths under
 * its prefix that match no rule).
 *
 * <pre>{@code
 * @Blueprint(name = "admin", urlPrefix = "/admin")
 * public class AdminPages {
 *   @Get("/")                      // /admin/, endpoint "admin.index"
 *   public String index() { ... }
 *
 *   @BeforeRequest                 // runs before admin.* endpoints only
 *   public Response requireAdmin(Request request) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Blueprint {
  /** The blueprint's name, the first part of its endpoint names. */
  String name();

  /** The prefix of every rule of the blueprint, for example {@code /admin}; none by default. */
  String urlPrefix() default "";
}
