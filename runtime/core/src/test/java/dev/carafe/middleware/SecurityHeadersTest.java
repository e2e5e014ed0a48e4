package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.middleware.SecurityHeaders.Framing;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
  /** Answers with text and the headers {@code own}. */
  private static Gateway app(String... own) {
    return (environ, start) -> {
      start.start(200, HeaderList.of(own).with("Content-Type", "text/html"));
      return Body.of("<p>hi</p>");
    };
  }

  private static TestResponse get(SecurityHeaders headers, String scheme, String... own) {
    return new TestClient(headers.wrap(app(own))).request("GET", "/").scheme(scheme).send();
  }

  @Test
  void theDefaultsOverHttps() {
    TestResponse response = get(SecurityHeaders.defaults(), "https");
    assertEquals("max-age=31536000", response.header("Strict-Transport-Security"));
    assertEquals("nosniff", response.header("X-Content-Type-Options"));
    assertEquals("SAMEORIGIN", response.header("X-Frame-Options"));
    assertEquals("frame-ancestors 'self'", response.header("Content-Security-Policy"));
    assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
    assertEquals("<p>hi</p>", response.text());
  }

  @Test
  void hstsIsSentOnlyOverHttps() {
    TestResponse response = get(SecurityHeaders.defaults(), "http");
    assertNull(response.header("Strict-Transport-Security"));
    assertEquals("nosniff", response.header("X-Content-Type-Options"));
  }

  @Test
  void behindAProxyThatEndsTlsHstsFollowsXForwardedProto() {
    Gateway served = Middleware.chain(app(), new ProxyFix(), SecurityHeaders.defaults());
    TestResponse response = new TestClient(served).request("GET", "/")
        .header("X-Forwarded-Proto", "https").send();
    assertEquals("max-age=31536000", response.header("Strict-Transport-Security"));
  }

  @Test
  void hstsIsConfigurable() {
    assertEquals("max-age=63072000; includeSubDomains; preload",
        get(SecurityHeaders.defaults().hsts(Duration.ofDays(730), true, true), "https")
            .header("Strict-Transport-Security"));
    assertEquals("max-age=300; includeSubDomains",
        get(SecurityHeaders.defaults().hsts(Duration.ofMinutes(5), true, false), "https")
            .header("Strict-Transport-Security"));
    assertNull(get(SecurityHeaders.defaults().withoutHsts(), "https")
        .header("Strict-Transport-Security"));

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SecurityHeaders.defaults().hsts(Duration.ofDays(30), true, true));
    assertEquals("The HSTS preload list takes a max age of a year or more and includeSubDomains;"
        + " got 30 days", error.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> SecurityHeaders.defaults().hsts(Duration.ofDays(365), false, true));
    assertThrows(IllegalArgumentException.class,
        () -> SecurityHeaders.defaults().hsts(Duration.ofDays(-1), false, false));
  }

  @Test
  void framingSetsBothXFrameOptionsAndFrameAncestors() {
    TestResponse deny = get(SecurityHeaders.defaults().framing(Framing.DENY), "http");
    assertEquals("DENY", deny.header("X-Frame-Options"));
    assertEquals("frame-ancestors 'none'", deny.header("Content-Security-Policy"));

    TestResponse any = get(SecurityHeaders.defaults().framing(Framing.ANY), "http");
    assertNull(any.header("X-Frame-Options"));
    assertNull(any.header("Content-Security-Policy"));
  }

  @Test
  void aContentSecurityPolicyGetsTheFramingUnlessItHasItsOwn() {
    assertEquals("default-src 'self'; img-src data:; frame-ancestors 'self'",
        get(SecurityHeaders.defaults().contentSecurityPolicy("default-src 'self'; img-src data:"),
            "http").header("Content-Security-Policy"));
    assertEquals("default-src 'self'; frame-ancestors https://partner.example",
        get(SecurityHeaders.defaults().contentSecurityPolicy(
            "default-src 'self'; frame-ancestors https://partner.example"), "http")
            .header("Content-Security-Policy"));
    assertEquals("default-src 'self'", get(SecurityHeaders.defaults().framing(Framing.ANY)
        .contentSecurityPolicy("default-src 'self'"), "http").header("Content-Security-Policy"));
    assertThrows(IllegalArgumentException.class,
        () -> SecurityHeaders.defaults().contentSecurityPolicy("default-src 'self'\r\nX-Evil: 1"));
  }

  @Test
  void aHeaderTheApplicationSetIsNeverOverwritten() {
    TestResponse response = get(SecurityHeaders.defaults()
            .contentSecurityPolicy("default-src 'self'"), "https",
        "Strict-Transport-Security", "max-age=60",
        "X-Content-Type-Options", "nosniff",
        "Content-Security-Policy", "default-src 'none'",
        "Referrer-Policy", "no-referrer");
    assertEquals(List.of("max-age=60"), response.headers().all("Strict-Transport-Security"));
    assertEquals(List.of("nosniff"), response.headers().all("X-Content-Type-Options"));
    assertEquals(List.of("default-src 'none'"), response.headers().all("Content-Security-Policy"));
    assertEquals(List.of("no-referrer"), response.headers().all("Referrer-Policy"));
    // The application's policy says nothing of framing, so X-Frame-Options still guards it.
    assertEquals("SAMEORIGIN", response.header("X-Frame-Options"));
  }

  @Test
  void anApplicationThatDecidesFramingKeepsItsDecision() {
    TestResponse ownFrameOptions = get(SecurityHeaders.defaults()
        .contentSecurityPolicy("default-src 'self'"), "http", "X-Frame-Options", "DENY");
    assertEquals(List.of("DENY"), ownFrameOptions.headers().all("X-Frame-Options"));
    // frame-ancestors 'self' would override the application's DENY in today's browsers.
    assertEquals("default-src 'self'", ownFrameOptions.header("Content-Security-Policy"));

    TestResponse ownAncestors = get(SecurityHeaders.defaults(), "http",
        "Content-Security-Policy", "frame-ancestors https://partner.example");
    assertNull(ownAncestors.header("X-Frame-Options"));
    assertEquals(List.of("frame-ancestors https://partner.example"),
        ownAncestors.headers().all("Content-Security-Policy"));
  }

  @Test
  void eachHeaderCanBeTurnedOff() {
    TestResponse response = get(SecurityHeaders.defaults().withoutHsts().nosniff(false)
        .framing(Framing.ANY).referrerPolicy(null).contentSecurityPolicy(null), "https");
    for (String name : List.of("Strict-Transport-Security", "X-Content-Type-Options",
        "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy")) {
      assertNull(response.header(name), name);
    }
  }

  @Test
  void aReferrerPolicyIsOneOfTheStandardOnes() {
    assertEquals("no-referrer, strict-origin-when-cross-origin", get(SecurityHeaders.defaults()
        .referrerPolicy("no-referrer, strict-origin-when-cross-origin"), "http")
        .header("Referrer-Policy"));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> SecurityHeaders.defaults().referrerPolicy("no-referer"));
    assertEquals(true, error.getMessage().startsWith("'no-referer' is not a referrer policy"));
  }

  @Test
  void errorsAndRedirectsGetTheHeadersToo() {
    Gateway notFound = (environ, start) -> {
      start.start(404, HeaderList.empty());
      return Body.empty();
    };
    TestResponse response = new TestClient(SecurityHeaders.defaults().wrap(notFound)).get("/x");
    assertEquals(404, response.status());
    assertEquals("nosniff", response.header("X-Content-Type-Options"));
  }
}
