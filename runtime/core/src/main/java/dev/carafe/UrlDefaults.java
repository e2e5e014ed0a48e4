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
public @interface UrlDefaults {}
