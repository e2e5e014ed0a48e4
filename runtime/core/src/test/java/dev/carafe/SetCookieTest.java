package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carafe.gateway.Gateway;
import dev.carafe.test.TestClient;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SetCookieTest {
  @Test
  void plainCookieIsForTheWholeSite() {
    assertEquals("theme=dark; Path=/", SetCookie.of("theme", "dark").headerValue());
  }

  @Test
  void everyAttributeOfFlasksSetCookie() {
    SetCookie cookie = SetCookie.of("sid", "abc123")
        .maxAge(Duration.ofHours(1))
        .expires(ZonedDateTime.of(2030, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC))
        .path("/app").domain("example.org").httpOnly(true).sameSite("lax").partitioned(true);
    assertEquals("sid=abc123; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Max-Age=3600;"
        + " Domain=example.org; Path=/app; Secure; HttpOnly; SameSite=Lax; Partitioned",
        cookie.headerValue());
  }

  @Test
  void deletingExpiresTheCookie() {
    assertEquals("sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/",
        SetCookie.deleting("sid").headerValue());
  }

  @Test
  void aValueIsQuotedAsWerkzeugQuotesItSoItCannotSmuggleAnAttribute() {
    // Werkzeug 3.1: dump_cookie("sid", "x; Domain=evil.example", path="/")
    assertEquals("sid=\"x\\073 Domain=evil.example\"; Path=/",
        SetCookie.of("sid", "x; Domain=evil.example").headerValue());
    // dump_cookie("sid", 'café "q" \\ ,\r\n', path="/")
    assertEquals("sid=\"caf\\303\\251 \\\"q\\\" \\\\ \\054\\015\\012\"; Path=/",
        SetCookie.of("sid", "café \"q\" \\ ,\r\n").headerValue());
    assertThrows(IllegalArgumentException.class, () -> SetCookie.of("bad name", "v"));
    assertThrows(IllegalArgumentException.class, () -> SetCookie.of("a", "b").sameSite("Sometimes"));
  }

  @Test
  void aQuotedValueIsReadBackAsItWasSet() {
    String value = "café \"q\" \\ ,\r\n; x=1";
    Gateway gateway = (environ, start) -> {
      Response response = Response.text("set").withCookie(SetCookie.of("note", value));
      start.start(response.status(), response.headers());
      return response.body();
    };
    String header = new TestClient(gateway).get("/").headers().first("Set-Cookie");
    String sent = header.substring("note=".length(), header.indexOf("; Path"));
    assertEquals(value, CookieHeader.parse(java.util.List.of("note=" + sent), 300, 4096).get("note"));
  }

  @Test
  void responsesCarryOneSetCookieHeaderPerCookie() {
    Response response = Response.text("hi").withCookie(SetCookie.of("a", "1")).withoutCookie("b");
    Gateway gateway = (environ, start) -> {
      start.start(response.status(), response.headers());
      return response.body();
    };
    assertEquals(java.util.List.of("a=1; Path=/",
            "b=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"),
        new TestClient(gateway).get("/").headers().all("Set-Cookie"));
  }
}
