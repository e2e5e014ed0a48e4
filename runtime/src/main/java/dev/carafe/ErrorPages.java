package dev.carafe;

import java.util.Map;

/** The default pages of error responses, worded as Werkzeug words them. */
final class ErrorPages {
  private static final Map<Integer, String[]> PAGES = Map.of(
      404, new String[] {"Not Found",
          "The requested URL was not found on the server. If you entered the URL manually please"
              + " check your spelling and try again."},
      405, new String[] {"Method Not Allowed",
          "The method is not allowed for the requested URL."},
      500, new String[] {"Internal Server Error",
          "The server encountered an internal error and was unable to complete your request."
              + " Either the server is overloaded or there is an error in the application."});

  private ErrorPages() {}

  /** The response for {@code status} with its default HTML page. */
  static Response page(int status) {
    String[] page = PAGES.get(status);
    String html = "<!doctype html>\n<html lang=en>\n<title>" + status + " " + page[0]
        + "</title>\n<h1>" + page[0] + "</h1>\n<p>" + page[1] + "</p>\n";
    return Response.html(html).withStatus(status);
  }
}
