package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public controller method to a URL rule, in Flask's rule syntax.
 *
 * <pre>{@code
 * @Route("/user/<int:id>")
 * public String show(int id) { ... }
 * }</pre>
 *
 * <p>A rule is a path of static text and variables {@code <name>} or {@code <converter:name>}.
 * Each variable is bound to the method parameter of the same name. {@code HEAD} is answered by the
 * {@code GET} endpoint without a body, and {@code OPTIONS} is answered automatically with the
 * {@code Allow} header. The rule is checked at compile time: a malformed rule, a variable without a
 * parameter or two rules that match the same requests are compile errors.
 *
 * <p>A method may carry several rules, all of one endpoint, as a Flask view may be routed twice:
 *
 * <pre>{@code
 * @Route(value = "/users/", defaults = "page=1")
 * @Route("/users/page/<int:page>")
 * public String users(int page) { ... }
 * }</pre>
 *
 * <p>{@link Get}, {@link Post}, {@link Put}, {@link Delete} and {@link Patch} are shortcuts for a
 * single method.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Routes.class)
public @interface Route {
  /** The URL rule, for example {@code "/user/<int:id>"}. It must start with a slash. */
  String value();

  /** The HTTP methods this endpoint answers; {@code GET} when not given. */
  String[] methods() default {"GET"};

  /** The endpoint name used to build URLs; the method's name when empty. */
  String endpoint() default "";

  /**
   * Whether a request for a rule ending in {@code /} without that slash is redirected (308) to
   * it, and a request with a slash more than the rule is a 404. When {@code false}, both match.
   * Not given: the application's {@link Application#strictSlashes()}.
   */
  boolean strictSlashes() default true;

  /**
   * Values for parameters the rule does not capture, each {@code "name=value"}, as Flask's
   * {@code defaults}: {@code @Route(value = "/users/", defaults = "page=1")}.
   */
  String[] defaults() default {};

  /**
   * Makes this rule a permanent redirect (308) to another path instead of a call of the method,
   * as Flask's {@code redirect_to}: {@code <name>} in it stands for the rule's variable.
   */
  String redirectTo() default "";

  /**
   * Whether the rule only builds URLs and never matches a request, Werkzeug's
   * {@code build_only}: Flask's {@code app.add_url_rule("/", endpoint="index")}, which names a
   * URL that another endpoint answers. The method is never called; its parameters name the rule's
   * values, as a handler's do.
   */
  boolean buildOnly() default false;
}
