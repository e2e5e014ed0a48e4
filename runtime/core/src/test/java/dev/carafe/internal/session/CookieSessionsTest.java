package dev.carafe.internal.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.LogCapture;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.config.Config;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestCookie;
import dev.carafe.test.TestResponse;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * The cookie's attributes from the configuration, Werkzeug's warning for a cookie too large, and
 * the empty session a bad cookie gives.
 */
class CookieSessionsTest {
  private static App app(Config.Builder config) {
    return TestApps.app(Lifecycle.none(),
        TestApps.get("small", "/small", request -> {
          RequestContext.current().session().put("n", 1);
          return Response.text("ok");
        }),
        TestApps.get("large", "/large", request -> {
          // Random text, which compression cannot shrink under the limit.
          StringBuilder blob = new StringBuilder();
          java.util.Random random = new java.util.Random(7);
          while (blob.length() < 10_000) {
            blob.append(Long.toHexString(random.nextLong()));
          }
          RequestContext.current().session().put("blob", blob.toString());
          return Response.text("ok");
        }),
        TestApps.get("read", "/read",
            request -> Response.text(RequestContext.current().session().keySet().toString())))
        .withConfig(config.set(Config.SECRET_KEY, "k").build());
  }

  @Test
  void theCookieTakesItsAttributesFromTheConfiguration() {
    TestResponse response = new TestClient(app(Config.builder()
        .set(Config.SESSION_COOKIE_NAME, "sid")
        .set(Config.SESSION_COOKIE_DOMAIN, "example.org")
        .set(Config.SESSION_COOKIE_PATH, "/app")
        .set(Config.SESSION_COOKIE_SECURE, true)
        .set(Config.SESSION_COOKIE_HTTPONLY, false)
        .set(Config.SESSION_COOKIE_SAMESITE, "Lax"))).get("/small");
    TestCookie cookie = response.cookies().get(0);
    assertEquals("sid", cookie.name());
    assertEquals("example.org", cookie.domain());
    assertEquals("/app", cookie.path());
    assertTrue(cookie.secure());
    assertEquals(false, cookie.httpOnly());
    assertEquals("Lax", cookie.sameSite());
  }

  @Test
  void aCookieOverMaxCookieSizeIsSentWithAWarning() {
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse small = new TestClient(app(Config.builder())).get("/small");
      assertEquals(1, small.cookies().size());
      assertTrue(log.records().isEmpty(), log.records().toString());
      TestResponse large = new TestClient(app(Config.builder())).get("/large");
      assertEquals(1, large.cookies().size(), "still sent, as Flask does");
      assertEquals(1, log.records().size());
      assertEquals(Level.WARNING, log.records().get(0).getLevel());
      assertTrue(log.records().get(0).getMessage().contains("over MAX_COOKIE_SIZE (4093)"),
          log.records().get(0).getMessage());
    }
    try (LogCapture log = LogCapture.of(App.class)) {
      new TestClient(app(Config.builder().set(Config.MAX_COOKIE_SIZE, 0))).get("/large");
      assertTrue(log.records().isEmpty(), "0 turns the warning off");
    }
  }

  @Test
  void aForgedOrGarbledSessionCookieIsAnEmptySessionNotAnError() {
    TestClient client = new TestClient(app(Config.builder()));
    String good = client.get("/small").cookies().get(0).value();
    assertEquals("[n]", read(good).text());
    int inSignature = good.length() - 5;
    String forged = good.substring(0, inSignature)
        + (good.charAt(inSignature) == 'A' ? 'B' : 'A') + good.substring(inSignature + 1);
    for (String bad : new String[] {forged, good + ".x",
        "eyJuIjoxfQ.ZmFrZQ.c2ln", ".eJyrVsrMU7Iy1FFKLSrKL1KyUlJKK", "%%%", ""}) {
      TestResponse response = read(bad);
      assertEquals(200, response.status(), bad);
      assertEquals("[]", response.text(), bad);
    }
  }

  @Test
  void aSessionCookieLargerThanBrowsersKeepIsNoSession() {
    TestResponse large = new TestClient(app(Config.builder())).get("/large");
    String value = large.cookies().get(0).value();
    assertTrue(value.length() > 4096, "a cookie no browser would send back");
    assertEquals("[]", read(value).text());
  }

  private static TestResponse read(String cookie) {
    return new TestClient(app(Config.builder())).request("GET", "/read")
        .header("Cookie", "session=" + cookie).send();
  }
}
