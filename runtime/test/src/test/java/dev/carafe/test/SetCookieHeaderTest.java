package dev.carafe.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetCookieHeaderTest {
  @Test
  void everyAttributeIsRead() {
    assertEquals(
        new TestCookie("sid", "abc123", "/app", "example.org",
            Instant.parse("2030-01-02T03:04:05Z"), Duration.ofHours(1), true, true, "Lax"),
        SetCookieHeader.parse("sid=abc123; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Max-Age=3600;"
            + " Domain=example.org; Path=/app; Secure; HttpOnly; SameSite=Lax"));
  }

  @Test
  void aPlainCookieHasNoAttributes() {
    assertEquals(new TestCookie("theme", "dark", null, null, null, null, false, false, null),
        SetCookieHeader.parse("theme=dark"));
  }

  @Test
  void attributeNamesAreReadInAnyCaseAndTheLastOfANameWins() {
    TestCookie cookie =
        SetCookieHeader.parse(" a = 1 ;path=/x; PATH=/y ;secure;samesite=Strict;max-age=5");
    assertEquals("a", cookie.name());
    assertEquals("1", cookie.value());
    assertEquals("/y", cookie.path());
    assertEquals(true, cookie.secure());
    assertEquals("Strict", cookie.sameSite());
    assertEquals(Duration.ofSeconds(5), cookie.maxAge());
  }

  @Test
  void theValueKeepsItsQuotesAndItsEqualsSigns() {
    assertEquals("\"x y\"", SetCookieHeader.parse("q=\"x y\"; Path=/").value());
    assertEquals("eyJh.Zm9v==", SetCookieHeader.parse("session=eyJh.Zm9v==; HttpOnly").value());
    assertEquals("", SetCookieHeader.parse("gone=; Max-Age=0").value());
  }

  @Test
  void aMaxAgeWithACommaAndNoExpiresIsStillOneCookie() {
    TestCookie cookie = SetCookieHeader.parse("a=1,2; Max-Age=60");
    assertEquals("1,2", cookie.value());
    assertEquals(Duration.ofMinutes(1), cookie.maxAge());
  }

  @Test
  void datesInTheDashedFormAndWithAWrongDayNameAreRead() {
    Instant date = Instant.parse("2030-01-02T03:04:05Z");
    assertEquals(date, SetCookieHeader.parse("a=1; expires=Wed, 02-Jan-2030 03:04:05 GMT").expires());
    assertEquals(date, SetCookieHeader.parse("a=1; Expires=Mon, 2 jan 2030 03:04:05 GMT").expires());
    assertEquals(Instant.EPOCH,
        SetCookieHeader.parse("a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT").expires());
  }

  @Test
  void anAttributeThatDoesNotParseIsIgnored() {
    TestCookie cookie = SetCookieHeader.parse(
        "a=1; Max-Age=60; Max-Age=soon; Expires=tomorrow; Domain=; Path=relative; SameSite=");
    assertEquals(Duration.ofMinutes(1), cookie.maxAge());
    assertNull(cookie.expires());
    assertNull(cookie.domain());
    assertNull(cookie.path());
    assertNull(cookie.sameSite());
  }

  @Test
  void negativeAndHugeMaxAgesAreKept() {
    assertEquals(Duration.ofSeconds(-5), SetCookieHeader.parse("a=1; Max-Age=-5").maxAge());
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE),
        SetCookieHeader.parse("a=1; Max-Age=99999999999999999999").maxAge());
  }

  @Test
  void theDomainLosesItsLeadingDotAndItsCapitals() {
    assertEquals("example.org", SetCookieHeader.parse("a=1; Domain=.Example.ORG").domain());
  }

  @Test
  void aHeaderWithoutANameOrAnEqualsSignIsIgnored() {
    assertNull(SetCookieHeader.parse("novalue; Path=/"));
    assertNull(SetCookieHeader.parse("=1; Path=/"));
    assertNull(SetCookieHeader.parse(""));
  }

  @Test
  void theResponseListsTheCookiesItSetsInOrder() {
    TestResponse response = new TestClient((environ, start) -> {
      start.start(200, HeaderList.of(
          "Set-Cookie", "theme=dark; Path=/; SameSite=Lax",
          "Content-Type", "text/plain",
          "Set-Cookie", "not a cookie",
          "Set-Cookie", "sid=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/"));
      return Body.empty();
    }).get("/");

    assertEquals(List.of(
            new TestCookie("theme", "dark", "/", null, null, null, false, false, "Lax"),
            new TestCookie("sid", "", "/", null, Instant.EPOCH, Duration.ZERO, false, false, null)),
        response.cookies());
  }
}
