package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a method of the {@link Application} class a command of the generated main, as Flask's
 * {@code @app.cli.command}: {@code java -jar shop.jar init-db} configures the application as for
 * serving ({@code --config FILE}, {@code CARAFE_<KEY>} variables), calls the method and exits
 * with its status; {@code --help} lists the commands with their help.
 *
 * <pre>{@code
 * @Application
 * public class Shop {
 *   @Command(help = "Clear the existing data and create new tables.")
 *   public static void initDb(App app, PrintStream out) throws SQLException {
 *     Database.at(app.config().string("DATABASE")).runScript("schema.sql");
 *     out.println("Initialized the database.");
 *   }
 * }
 * }</pre>
 *
 * <p>The method takes, in any order, any of: {@code App} (the application, configured),
 * {@code PrintStream} (standard output, Flask's {@code click.echo}) and {@code List<String>} (the
 * words after the command's name). It returns {@code void} (status 0) or {@code int} (the status
 * to exit with), and may throw: the launcher then prints {@code Error: } and the message, with
 * the trace, to standard error and exits with status 1. An instance method is called on an
 * instance of the application class made with its constructor without parameters, as the
 * generated application makes it; a method must not be private.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Command {
  /**
   * The command's name: lower-case words joined by {@code -}. By default the method's name in
   * kebab case, so {@code initDb} is {@code init-db}. The launcher's own words ({@code help},
   * {@code routes}, {@code run}, {@code shell}, {@code host}, {@code port}, {@code config}) are
   * taken.
   */
  String value() default "";

  /**
   * The one line {@code --help} shows beside the name. By default the first sentence of the
   * method's javadoc, as Flask takes a command's docstring.
   */
  String help() default "";
}
