package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a handler parameter to the request body read as JSON: a record (through the adapter the
 * processor generates for it), a {@code Map<String, Object>}, a {@code List<Object>} or an
 * {@code Object}. A body whose {@code Content-Type} is not JSON is answered 415, malformed JSON or
 * JSON that does not fit the record 400 with what was wrong. Binding is strict: an integer
 * component takes a JSON integer only (not {@code "1"}, {@code 1.5}, {@code 1e3} or
 * {@code null}), and a missing component of a primitive type is a 400 naming it; a missing one of
 * a reference type is {@code null}, or an empty {@code Optional}.
 *
 * <p>Named {@code JsonBody} rather than {@code Body}, which is the response body type.
 *
 * <pre>{@code
 * record NewItem(String name, int price) {}
 *
 * @Post("/items")
 * public Response create(@JsonBody NewItem item) { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface JsonBody {}
