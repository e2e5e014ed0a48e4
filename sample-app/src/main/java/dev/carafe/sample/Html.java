package dev.carafe.sample;

/** The shop's HTML: a page frame and escaping of text taken from requests. */
final class Html {
  private Html() {}

  static String page(String title, String body) {
    return "<!doctype html>\n<html lang=en>\n<title>" + escape(title) + " - Tea shop</title>\n"
        + "<link rel=stylesheet href=\"" + TeaShopUrls.static_("shop.css") + "\">\n"
        + "<nav><a href=\"" + TeaShopUrls.index() + "\">Home</a> <a href=\"" + TeaShopUrls.list()
        + "\">Teas</a></nav>\n" + body + "\n";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
