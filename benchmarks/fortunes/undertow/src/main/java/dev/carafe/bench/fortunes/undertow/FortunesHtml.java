package dev.carafe.bench.fortunes.undertow;

import dev.carafe.bench.fortunes.Fortune;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The fortunes page written by hand, as a framework-less server writes it: no template engine. */
final class FortunesHtml {
  private static final String HEAD = "<!DOCTYPE html><html><head><title>Fortunes</title></head>"
      + "<body><table><tr><th>id</th><th>message</th></tr>";
  private static final String TAIL = "</table></body></html>\n";

  private FortunesHtml() {}

  /** The page of {@code fortunes}, in their order, as UTF-8. */
  static byte[] page(List<Fortune> fortunes) {
    StringBuilder html = new StringBuilder(2048).append(HEAD);
    for (Fortune fortune : fortunes) {
      html.append("<tr><td>").append(fortune.id()).append("</td><td>");
      escapeText(fortune.message(), html);
      html.append("</td></tr>");
    }
    return html.append(TAIL).toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code text} escaped for an element's content: {@code &}, {@code <} and {@code >}. Quotes end
   * nothing outside an attribute, so they are left as they are, as jte leaves them; the page is
   * then the same bytes as the templates'.
   */
  static void escapeText(String text, StringBuilder html) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        default -> html.append(c);
      }
    }
  }
}
