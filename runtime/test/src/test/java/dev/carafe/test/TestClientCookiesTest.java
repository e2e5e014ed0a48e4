package dev.carafe.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestClientCookiesTest {
  /**
   * Sets the cookies a request asks for in its {@code X-Set-Cookie} headers, and answers with the
   * {@code Cookie} headers it received, one a line, or {@code (none)}.
   */
  private static final Gateway ECHO = (environ, start) -> {
    HeaderList headers = HeaderList.empty();
    for (String cookie : environ.headers().all("X-Set-Cookie")) {
      headers = headers.with("Set-Cookie", cookie);
    }
    start.start(200, headers);
    List<String> received = environ.headers().all("Cookie");
    return Body.of(received.isEmpty() ? "(none)" : String.join("\n", received));
  };

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-02T10:00:00Z"));
  private final TestClient client = new TestClient(ECHO, clock);

  @Test
  void aCookieSetByOneResponseIsSentWithTheNextRequest() {
    assertEquals("(none)", visit("/login", "sid=abc; Path=/").text());
    assertEquals("sid=abc", sentTo("/home"));
    assertEquals("sid=abc", sentTo("/"));
  }

  @Test
  void everySetCookieHeaderOfAResponseIsKeptAndAllGoInOneHeader() {
    visit("/", "a=1; Path=/", "b=2; Path=/", "c=3; Path=/");
    assertEquals("a=1; b=2; c=3", sentTo("/"));
  }

  @Test
  void aCookieGoesOnlyToItsPathAndThePathsBelowIt() {
    visit("/", "cart=7; Path=/shop");
    assertEquals("cart=7", sentTo("/shop"));
    assertEquals("cart=7", sentTo("/shop/basket"));
    assertEquals("(none)", sentTo("/shopping"));
    assertEquals("(none)", sentTo("/"));
  }

  @Test
  void withoutAPathACookieIsForTheFolderOfTheRequestThatSetIt() {
    visit("/account/login", "token=t");
    visit("/signup", "new=1");
    assertEquals("token=t; new=1", sentTo("/account/settings"));
    assertEquals("token=t; new=1", sentTo("/account"));
    assertEquals("new=1", sentTo("/about"));
    assertEquals(List.of("/account", "/"), client.cookies().stream().map(TestCookie::path).toList());
  }

  @Test
  void theCookieOfTheLongerPathGoesFirst() {
    visit("/", "lang=en; Path=/");
    visit("/", "lang=fr; Path=/fr");
    assertEquals("lang=fr; lang=en", sentTo("/fr/menu"));
    assertEquals("lang=en", sentTo("/de/menu"));
  }

  @Test
  void aCookieOfTheSameNameAndPathReplacesTheValueAndKeepsItsPlace() {
    visit("/", "a=1; Path=/", "b=2; Path=/");
    visit("/", "a=3; Path=/");
    assertEquals("a=3; b=2", sentTo("/"));
    assertEquals(2, client.cookies().size());
  }

  @Test
  void aMaxAgeOfZeroOrLessDeletesTheCookie() {
    visit("/", "a=1; Path=/", "b=2; Path=/", "c=3; Path=/");
    visit("/", "a=; Max-Age=0; Path=/", "b=; Max-Age=-1; Path=/");
    assertEquals("c=3", sentTo("/"));
  }

  @Test
  void aMaxAgeTooLargeForAnInstantIsForEver() {
    visit("/", "a=1; Max-Age=99999999999999999999; Path=/",
        "b=2; Max-Age=-99999999999999999999; Path=/");
    clock.advance(Duration.ofDays(365L * 1000));
    assertEquals("a=1", sentTo("/"));
  }

  @Test
  void anExpiresInThePastDeletesTheCookie() {
    visit("/", "a=1; Path=/", "b=2; Path=/");
    visit("/", "a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/");
    assertEquals("b=2", sentTo("/"));
    assertEquals(List.of("b"), client.cookies().stream().map(TestCookie::name).toList());
  }

  @Test
  void onlyTheCookieOfTheDeletingPathIsDeleted() {
    visit("/", "a=1; Path=/", "a=2; Path=/app");
    visit("/", "a=; Max-Age=0; Path=/app");
    assertEquals("a=1", sentTo("/app"));
  }

  @Test
  void aCookieIsNoLongerSentOnceItsMaxAgeHasPassedOnTheClientsClock() {
    visit("/", "short=1; Max-Age=60; Path=/", "session=2; Path=/");
    clock.advance(Duration.ofSeconds(59));
    assertEquals("short=1; session=2", sentTo("/"));
    clock.advance(Duration.ofSeconds(1));
    assertEquals("session=2", sentTo("/"));
    assertEquals(List.of("session"), client.cookies().stream().map(TestCookie::name).toList());
  }

  @Test
  void aCookieIsNoLongerSentOnceItsExpiresHasPassedOnTheClientsClock() {
    visit("/", "a=1; Expires=Mon, 02 Nov 2026 11:00:00 GMT; Path=/");
    clock.advance(Duration.ofMinutes(59));
    assertEquals("a=1", sentTo("/"));
    clock.advance(Duration.ofMinutes(1));
    assertEquals("(none)", sentTo("/"));
  }

  @Test
  void maxAgeWinsOverExpires() {
    visit("/", "a=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60; Path=/");
    assertEquals("a=1", sentTo("/"));
    visit("/", "a=1; Expires=Thu, 01 Jan 2099 00:00:00 GMT; Max-Age=0; Path=/");
    assertEquals("(none)", sentTo("/"));
  }

  @Test
  void aSecureCookieGoesOnlyOverHttps() {
    visit("/", "sid=abc; Path=/; Secure", "theme=dark; Path=/");
    assertEquals("theme=dark", sentTo("/"));
    assertEquals("sid=abc; theme=dark",
        client.request("GET", "/").scheme("https").send().text());
  }

  @Test
  void theRequestsOwnCookieHeaderGoesWithTheJarsAndWinsOnAName() {
    visit("/", "a=1; Path=/", "b=2; Path=/");
    TestResponse response = client.request("GET", "/")
        .header("Cookie", "a=9; c=3").header("Cookie", "d=4").send();
    assertEquals("a=9; c=3; d=4; b=2", response.text());
    assertEquals("a=1; b=2", sentTo("/"), "the request's own cookies are not kept");
  }

  @Test
  void aRequestsOwnCookieHeadersAreSentAsTheyAreWhenTheJarHasNothingToAdd() {
    assertEquals("a=1\nb=2",
        client.request("GET", "/").header("Cookie", "a=1").header("Cookie", "b=2").send().text());
  }

  @Test
  void aClientWithoutCookiesKeepsNoneAndSendsOnlyTheRequestsOwn() {
    TestClient plain = TestClient.withoutCookies(ECHO);
    plain.request("GET", "/").header("X-Set-Cookie", "sid=abc; Path=/").send();
    assertEquals("(none)", plain.get("/").text());
    assertEquals("own=1", plain.request("GET", "/").header("Cookie", "own=1").send().text());

    IllegalStateException error = assertThrows(IllegalStateException.class, plain::cookies);
    assertTrue(error.getMessage().contains("TestClient.withoutCookies"), error.getMessage());
    assertThrows(IllegalStateException.class, () -> plain.setCookie("a", "1"));
    assertThrows(IllegalStateException.class, () -> plain.cookie("a"));
    assertThrows(IllegalStateException.class, () -> plain.deleteCookie("a"));
    assertThrows(IllegalStateException.class, plain::clearCookies);
  }

  @Test
  void setCookieKeepsACookieAsIfAResponseHadSetIt() {
    client.setCookie("theme", "dark");
    client.setCookie("cart", "7", "/shop");
    assertEquals("theme=dark", sentTo("/"));
    assertEquals("cart=7; theme=dark", sentTo("/shop/basket"));

    client.setCookie("theme", "light");
    assertEquals("theme=light", sentTo("/"));
    assertEquals(Optional.of(new TestCookie("cart", "7", "/shop", null, null, null, false, false,
        null)), client.cookie("cart"));
  }

  @Test
  void deleteCookieForgetsTheNameOnEveryPath() {
    visit("/", "a=1; Path=/", "a=2; Path=/app", "b=3; Path=/");
    client.deleteCookie("a");
    assertEquals("b=3", sentTo("/app"));
    assertEquals(Optional.empty(), client.cookie("a"));
  }

  @Test
  void clearCookiesForgetsThemAll() {
    visit("/", "a=1; Path=/", "b=2; Path=/app");
    client.clearCookies();
    assertEquals("(none)", sentTo("/app"));
    assertEquals(List.of(), client.cookies());
  }

  @Test
  void setCookieRefusesWhatWouldBreakTheCookieHeader() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> client.setCookie("a", "1; admin=1"));
    assertTrue(error.getMessage().startsWith("The value of cookie 'a' has ';' at 1"),
        error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> client.setCookie("a b", "1"));
    assertThrows(IllegalArgumentException.class, () -> client.setCookie("a=", "1"));
    assertThrows(IllegalArgumentException.class, () -> client.setCookie("a", "1", "shop"));
    assertEquals(List.of(), client.cookies());
  }

  @Test
  void theJarShowsEachCookieWithItsAttributes() {
    visit("/account/login",
        "sid=abc; Expires=Wed, 02 Jan 2030 03:04:05 GMT; Max-Age=3600; Domain=.Example.org;"
            + " Secure; HttpOnly; SameSite=Lax",
        "theme=\"dark blue\"; Path=/");
    assertEquals(List.of(
            new TestCookie("sid", "abc", "/account", "example.org",
                Instant.parse("2030-01-02T03:04:05Z"), Duration.ofHours(1), true, true, "Lax"),
            new TestCookie("theme", "\"dark blue\"", "/", null, null, null, false, false, null)),
        client.cookies());
    assertEquals("theme=\"dark blue\"", sentTo("/"), "a value goes back as it came, quotes and all");
  }

  @Test
  void cookieFindsTheOneOfTheShortestPath() {
    visit("/", "lang=fr; Path=/fr", "lang=en; Path=/");
    assertEquals("en", client.cookie("lang").map(TestCookie::value).orElseThrow());
    assertEquals(Optional.empty(), client.cookie("missing"));
  }

  @Test
  void theResponseShowsTheCookiesAsSentAndTheJarAsKept() {
    TestResponse response = visit("/account/login", "token=t; HttpOnly");
    assertEquals(List.of(new TestCookie("token", "t", null, null, null, null, false, true, null)),
        response.cookies());
    assertEquals("/account", client.cookie("token").orElseThrow().path());
  }

  /** Sends {@code GET path}, the server answering with {@code setCookies}. */
  private TestResponse visit(String path, String... setCookies) {
    TestRequest request = client.request("GET", path);
    for (String cookie : setCookies) {
      request.header("X-Set-Cookie", cookie);
    }
    return request.send();
  }

  /** The {@code Cookie} header the server receives on {@code GET path}. */
  private String sentTo(String path) {
    return client.get(path).text();
  }

  /** A clock a test moves on by hand. */
  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }
}
