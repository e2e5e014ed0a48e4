package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method once when the application is closed ({@link App#close()}): to close what the
 * application opened for all its requests, such as a connection pool, a client or an executor.
 * The generated main closes the application after the server stopped and the requests in flight
 * finished (CTRL+C, SIGTERM), and after an application command; {@code mvn carafe:run} closes each
 * generation it replaces once that generation's last request returned. Flask has no counterpart
 * (its {@code teardown_appcontext} runs after every request); Python applications use
 * {@code atexit}.
 *
 * <p>The method is public, returns {@code void}, and takes nothing or the {@link App} being
 * closed (whose {@link App#config()} says, say, which database's pool to close); it may be
 * static or belong to any class the generated application makes (a controller, the
 * application class). Hooks run in the reverse order of the sources, as try-with-resources closes
 * its resources; one that throws is logged and the others still run.
 *
 * <pre>{@code
 * @Shutdown
 * public static void closePool(App app) {
 *   POOLS.remove(app.config().get(DATABASE)).close();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Shutdown {}
