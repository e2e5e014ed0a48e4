package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method on the matched path parameters before the before-request hooks, Flask's
 * {@code url_value_preprocessor}. It takes the endpoint name and the mutable
 * {@code Map<String, Object>} of values (decoded text); what it removes or changes is what the
 * hooks and {@link RequestContext#viewArgs()} see afterwards. The view's own parameters are bound
 * from the path as it matched, with their types; a rule variable that no parameter of the view
 * takes (a language prefix, say) is allowed only where such a preprocessor applies, to consume it.
 *
 * <pre>{@code
 * @UrlValuePreprocessor
 * public void pullLang(String endpoint, Map<String, Object> values) {
 *   RequestContext.current().g().put("lang", values.remove("lang"));
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface UrlValuePreprocessor {
  /**
   * In a {@link Blueprint}, whether the hook is the whole application's rather than the
   * blueprint's, Flask's {@code app_url_value_preprocessor}: Flaskr's {@code load_logged_in_user} lives in its
   * {@code auth} blueprint and runs before every request. Outside a blueprint it changes nothing.
   */
  boolean appWide() default false;
}
