package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class of a compilation that stands for the application.
 *
 * <p>For an application class {@code p.Shop} the Carafe processor generates, beside it:
 * {@code p.ShopApp} (wires the controllers and builds the {@link App} gateway),
 * {@code p.ShopMain} (a runnable main class), {@code p.ShopDispatch} (the dispatch table) and
 * {@code p.ShopUrls} (typed URL builders, one per endpoint), and {@code p.ShopTemplates} (one
 * method per template, see {@link #templateFolder()}) when it has templates.
 *
 * <p>The application class may also provide controllers that need collaborators: a non-private,
 * parameterless method whose return type is a controller class is called to make that controller.
 * The class itself must then have a constructor without parameters.
 *
 * <p>Requests run on the server's worker threads unless the processor finds them non-blocking:
 * see {@link NonBlocking}, which the application class may carry for the whole application.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Application {
  /**
   * Whether rules ending in {@code /} redirect requests without the slash (308), and rules
   * without one answer 404 to requests with it, as Werkzeug's {@code strict_slashes}. A rule may
   * say otherwise with {@link Route#strictSlashes()}.
   */
  boolean strictSlashes() default true;

  /**
   * Whether a path with repeated slashes that matches a rule once they are merged is redirected
   * (308) to the merged path, as Werkzeug's {@code merge_slashes}.
   */
  boolean mergeSlashes() default true;

  /**
   * The resource folder, from the root of the class path, whose files are served at
   * {@link #staticUrlPath()} under the endpoint {@code static}, as Flask's {@code static_folder}:
   * {@code src/main/resources/static} in a Maven project, so the files travel in the jar. An empty
   * name turns static files off, and with them the {@code static} endpoint.
   *
   * <p>The processor reads the folder at build time where the compilation's class output holds it
   * (Maven copies resources there before compiling; elsewhere pass
   * {@code -Acarafe.resources=DIR}): each file gets a content hash, so that
   * {@code urlFor("static", "filename", "app.css")} gives a fingerprinted URL that browsers may
   * keep for a year, and {@code .gz} or {@code .br} siblings are sent to clients that accept them.
   */
  String staticFolder() default "static";

  /**
   * The URL path the static folder is served at, Flask's {@code static_url_path}: the rule is
   * this path followed by {@code /<path:filename>}. Empty serves the files at the root.
   */
  String staticUrlPath() default "/static";

  /**
   * The resource folder, from the root of the class path, that holds the application's jte
   * templates, as Flask's {@code template_folder}: {@code src/main/resources/templates} in a Maven
   * project. An empty name means the application has no templates.
   *
   * <p>The processor compiles every {@code .jte} file of the folder with the application (found
   * as the static folder is: in the class output, or under {@code -Acarafe.resources=DIR}) into
   * Java classes in the package {@code <application package>.templates}, and generates
   * {@code p.ShopTemplates} beside the application class: one static method per template, named
   * after its path ({@code auth/login.jte} is {@code authLogin}), taking the template's
   * {@code @param}s and returning the rendered {@link Page}. Every template can call the globals
   * of {@code dev.carafe.templates.TemplateGlobals} ({@code urlFor}, {@code request()},
   * {@code session()}, ...) without an import. A template that does not parse, or calls what does
   * not exist, fails the build.
   */
  String templateFolder() default "templates";
}
