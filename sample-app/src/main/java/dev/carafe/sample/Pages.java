package dev.carafe.sample;

import dev.carafe.Get;

/** The shop's plain pages. */
public class Pages {
  /** The home page. */
  @Get("/")
  public String index() {
    return Html.page("Welcome", "<h1>Welcome to the tea shop</h1>\n<p>See <a href=\""
        + TeaShopUrls.list() + "\">our teas</a>, or say <a href=\"" + TeaShopUrls.hello("you")
        + "\">hello</a>.</p>");
  }

  /** Greets {@code name}, which arrives percent-decoded and is escaped on the way out. */
  @Get("/hello/<name>")
  public String hello(String name) {
    return Html.page("Hello", "<h1>Hello, " + Html.escape(name) + "!</h1>");
  }
}
