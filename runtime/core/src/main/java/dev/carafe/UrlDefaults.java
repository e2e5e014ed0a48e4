package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on the values of every URL built with {@code urlFor}, Flask's
 * {@code url_defaults}. It takes the endpoint name and the mutable {@code Map<String, Object>} of
 * values, and may add the ones the caller left out.
 *
 * <pre>{@code
 * @UrlDefaults
 * public void addLang(String endpoint, Map<String, Object> values) {
 *   values.putIfAbsent("lang", RequestContext.current().g().get("lang", String.class));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UrlDefaults {
  /**
   * In a {@link Blueprint}, whether the hook is the whole application's rather than the
   * blueprint's, Flask's {@code app_url_defaults}: Flaskr's {@code load_logged_in_user} lives in its
   * {@code auth} blueprint and runs before every request. Outside a blueprint it changes nothing.
   */
  boolean appWide() default false;
}
