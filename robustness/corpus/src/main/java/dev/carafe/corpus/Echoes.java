package dev.carafe.corpus;

import dev.carafe.Get;
import dev.carafe.Query;
import dev.carafe.Response;
import dev.carafe.SetCookie;

/**
 * Handlers that put what the client sent into the response's head: the targets of header
 * injection and open redirects.
 */
public class Echoes {
  /** Redirects to the URL the client names, as a login page's {@code next} does. */
  @Get("/go")
  public Response go(@Query String next) {
    return Response.redirect(next);
  }

  /** Sets a cookie and a header to the client's value. */
  @Get("/prefs")
  public Response prefs(@Query String value) {
    return Response.text("saved")
        .withCookie(SetCookie.of("pref", value).path("/"))
        .withHeader("X-Pref", value);
  }
}
