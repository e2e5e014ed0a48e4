package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carafe.http.BadRequest;
import org.junit.jupiter.api.Test;

class ResponseTest {
  @Test
  void aRedirectPercentEncodesWhatAUrlCannotHoldAsWerkzeugDoes() {
    // Werkzeug 3.1: iri_to_uri("/café?q=ü"), iri_to_uri("/a\u2028b")
    assertEquals("/caf%C3%A9?q=%C3%BC", Response.redirect("/café?q=ü").header("Location"));
    assertEquals("/a%E2%80%A8b", Response.redirect("/a\u2028b").header("Location"));
    assertEquals("/a%20b%22%3C%3E%5C%5E%60%7B%7C%7D", Response.redirect("/a b\"<>\\^`{|}")
        .header("Location"));
    // What is already a URL is kept, escapes included.
    assertEquals("https://example.org/p%2Fq?a=1&b=%C3%BC#top",
        Response.redirect("https://example.org/p%2Fq?a=1&b=%C3%BC#top").header("Location"));
  }

  @Test
  void aRedirectToALocationWithLineBreaksCannotSplitTheResponse() {
    // Flask answers 500 here (Werkzeug refuses the header); Carafe encodes the breaks.
    assertEquals("/a%0D%0AX-Injected:%20yes%00",
        Response.redirect("/a\r\nX-Injected: yes\0").header("Location"));
    // U+010D U+010A: their low bytes are CR and LF, for a server that casts chars to bytes.
    assertEquals("/%C4%8D%C4%8A", Response.redirect("/\u010d\u010a").header("Location"));
  }

  @Test
  void aHeaderValueHttpCannotSendIsABadRequestNotAServerError() {
    for (String value : new String[] {"a\r\nX-Injected: yes", "a\nb", "a\rb", "a\0b", "a\u007fb",
        "\u010d\u010a"}) {
      BadRequest error = assertThrows(BadRequest.class,
          () -> Response.text("x").withHeader("X-Pref", value), value);
      assertEquals(400, error.status());
      assertEquals("The response header 'X-Pref' would hold a character HTTP cannot send in a"
          + " header (a line break, a control character or one above U+00FF).", error.description());
    }
    assertThrows(BadRequest.class, () -> Response.text("x").withOnlyHeader("X-Pref", "a\nb"));
    assertEquals("café\tok", Response.text("x").withHeader("X-Pref", "café\tok").header("X-Pref"));
  }
}
