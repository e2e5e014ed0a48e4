package dev.carafe.internal.lifecycle;

import java.util.Map;

/**
 * Sees and changes the values of a URL, for Flask's {@code url_value_preprocessor} (on the matched
 * request's view arguments, before the before-request hooks) and {@code url_defaults} (on the
 * values given to {@code urlFor}, before the URL is built). The application's hooks run first, then
 * those of the endpoint's blueprint.
 *
 * <pre>{@code
 * // a preprocessor: take the language out of every view's arguments
 * (endpoint, values) -> RequestContext.current().g().put("lang", values.remove("lang"));
 * // a default: put it back into every URL built during the request
 * (endpoint, values) -> values.putIfAbsent("lang", RequestContext.current().g().get("lang", String.class));
 * }</pre>
 */
@FunctionalInterface
public interface UrlValuesHook {
  /**
   * Works on {@code values} in place.
   *
   * @param endpoint the endpoint name
   * @param values the values, by variable name; a mutable map
   */
  void apply(String endpoint, Map<String, Object> values);
}
