package dev.carafe.sample;

import dev.carafe.ErrorHandler;
import dev.carafe.http.HttpException;

/** The shop's own page for addresses it does not know; the API answers its own in JSON. */
public class ErrorPages {
  /** A page in the shop's frame; the answer keeps its 404 status. */
  @ErrorHandler(status = 404)
  public String notFound(HttpException error) {
    return Html.page("Not found", "<h1>Not found</h1>\n<p>" + Html.escape(error.description())
        + "</p>\n<p>Try <a href=\"" + TeaShopUrls.list() + "\">our teas</a>.</p>");
  }
}
