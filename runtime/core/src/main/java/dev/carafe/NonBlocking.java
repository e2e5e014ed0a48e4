package dev.carafe;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that code never blocks (no database call, no file read, no sleep, no waiting on
 * another service), so that a request it answers may run on the server's I/O thread, without the
 * hand-off to a worker thread that a request otherwise costs.
 *
 * <p>It goes on an endpoint method, on a hook ({@link BeforeRequest}, {@link AfterRequest},
 * {@link TeardownRequest}, {@link ErrorHandler}, {@link UrlValuePreprocessor}, {@link UrlDefaults}),
 * on a controller or blueprint class (every endpoint and hook it declares), or on the
 * {@link Application} class (the whole application). The nearest declaration wins: a method's
 * over its class's, a class's over the application's; {@link Blocking} says the opposite where a
 * wider {@code @NonBlocking} would be wrong.
 *
 * <p>The processor decides at compile time, per endpoint, where its requests run: on the I/O
 * thread when the endpoint and every hook and error handler that can run for it are non-blocking,
 * on a worker (or virtual) thread otherwise. Requests that match no endpoint (404, 405, the
 * automatic {@code OPTIONS} answer, slash redirects) run on the I/O thread when every hook and
 * error handler that can answer them is non-blocking. Whatever the endpoint, a request with a
 * body, an application in debug mode or with its own {@link SessionInterface}, and the
 * {@code static} endpoint run on a worker; a streamed or file body is written on one; a
 * middleware that does not say it never blocks ({@link dev.carafe.gateway.Gateway#mayBlock})
 * sends every request to a worker. Flask's signed-cookie session never blocks.
 *
 * <p>Code declared non-blocking that blocks all the same stalls every connection of its I/O
 * thread: leave it off unless that is certain.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NonBlocking {}
