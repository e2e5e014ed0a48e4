package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CorsTest {
  private final AtomicInteger calls = new AtomicInteger();

  /** Answers every request with text and the headers {@code extra}. */
  private Gateway app(String... extra) {
    return (environ, start) -> {
      calls.incrementAndGet();
      start.start(200, HeaderList.of(extra).with("Content-Type", "text/plain"));
      return Body.of(environ.method() + " ok");
    };
  }

  private static final Cors API = Cors.forOrigins("https://app.example", "http://localhost:3000")
      .allowMethods("GET", "POST", "PUT", "DELETE")
      .allowHeaders("Content-Type", "Authorization")
      .exposeHeaders("X-Total-Count")
      .allowCredentials()
      .maxAge(Duration.ofMinutes(10));

  @Test
  void aPreflightFromAnAllowedOriginIsAnswered204WithWhatIsAllowed() {
    TestResponse response = new TestClient(API.wrap(app())).request("OPTIONS", "/items/1")
        .header("Origin", "https://app.example")
        .header("Access-Control-Request-Method", "PUT")
        .header("Access-Control-Request-Headers", "content-type, authorization").send();

    assertEquals(204, response.status());
    assertEquals("https://app.example", response.header("Access-Control-Allow-Origin"));
    assertEquals("GET, POST, PUT, DELETE", response.header("Access-Control-Allow-Methods"));
    assertEquals("Content-Type, Authorization", response.header("Access-Control-Allow-Headers"));
    assertEquals("600", response.header("Access-Control-Max-Age"));
    assertEquals("true", response.header("Access-Control-Allow-Credentials"));
    assertEquals("Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
        response.header("Vary"));
    assertEquals("", response.text());
    assertEquals(0, calls.get(), "the application saw the preflight");
  }

  @Test
  void anActualRequestFromAnAllowedOriginGetsItsOriginBackAndVaryOrigin() {
    TestResponse response = new TestClient(API.wrap(app("X-Total-Count", "3")))
        .request("GET", "/items").header("Origin", "http://localhost:3000").send();

    assertEquals(200, response.status());
    assertEquals("GET ok", response.text());
    assertEquals("http://localhost:3000", response.header("Access-Control-Allow-Origin"));
    assertEquals("true", response.header("Access-Control-Allow-Credentials"));
    assertEquals("X-Total-Count", response.header("Access-Control-Expose-Headers"));
    assertEquals("Origin", response.header("Vary"));
    assertNull(response.header("Access-Control-Allow-Methods"));
  }

  @Test
  void aDisallowedOriginGetsNoCorsHeadersAndItsPreflightNeverReachesTheApplication() {
    TestClient client = new TestClient(API.wrap(app()));
    TestResponse simple = client.request("POST", "/items").header("Origin", "https://evil.example")
        .body("x").send();
    assertEquals(200, simple.status());
    assertNull(simple.header("Access-Control-Allow-Origin"));
    assertNull(simple.header("Access-Control-Allow-Credentials"));
    assertEquals("Origin", simple.header("Vary"));
    assertEquals(1, calls.get());

    TestResponse preflight = client.request("OPTIONS", "/items")
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "DELETE").send();
    assertEquals(204, preflight.status());
    assertNull(preflight.header("Access-Control-Allow-Origin"));
    assertNull(preflight.header("Access-Control-Allow-Methods"));
    assertEquals("Origin", preflight.header("Vary"));
    assertEquals(1, calls.get(), "the application saw the preflight");
  }

  @Test
  void originsAreComparedExactly() {
    TestClient client = new TestClient(API.wrap(app()));
    for (String near : new String[] {"https://app.example:443", "http://app.example",
        "https://app.example.evil.example", "https://APP.example", "null", "https://app.example/"}) {
      TestResponse response = client.request("GET", "/").header("Origin", near).send();
      assertNull(response.header("Access-Control-Allow-Origin"), near);
    }
  }

  @Test
  void aRequestWithoutOriginIsLeftAloneButVariesByOrigin() {
    TestResponse response = new TestClient(API.wrap(app("Vary", "Accept-Encoding"))).get("/");
    assertNull(response.header("Access-Control-Allow-Origin"));
    assertEquals("Accept-Encoding, Origin", response.header("Vary"));
  }

  @Test
  void anyOriginWithoutCredentialsIsAStarAndNeedsNoVary() {
    Cors open = Cors.forAnyOrigin().allowHeaders("Content-Type");
    TestClient client = new TestClient(open.wrap(app()));
    TestResponse simple = client.request("GET", "/").header("Origin", "https://anyone.example").send();
    assertEquals("*", simple.header("Access-Control-Allow-Origin"));
    assertNull(simple.header("Vary"));
    assertNull(simple.header("Access-Control-Allow-Credentials"));

    TestResponse preflight = client.request("OPTIONS", "/")
        .header("Origin", "https://anyone.example")
        .header("Access-Control-Request-Method", "POST").send();
    assertEquals(204, preflight.status());
    assertEquals("*", preflight.header("Access-Control-Allow-Origin"));
    assertEquals("GET, HEAD, POST", preflight.header("Access-Control-Allow-Methods"));
    assertEquals("Access-Control-Request-Method, Access-Control-Request-Headers",
        preflight.header("Vary"));
    assertNull(preflight.header("Access-Control-Max-Age"));
  }

  @Test
  void credentialsAreNeverAStarAndNeverForAnyOrigin() {
    IllegalStateException error =
        assertThrows(IllegalStateException.class, () -> Cors.forAnyOrigin().allowCredentials());
    assertTrue(error.getMessage().contains("name the origins"), error.getMessage());

    Cors withCredentials = Cors.forOrigins("https://app.example").allowAnyHeader().allowCredentials();
    TestResponse preflight = new TestClient(withCredentials.wrap(app())).request("OPTIONS", "/")
        .header("Origin", "https://app.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "x-requested-with, content-type").send();
    assertEquals("https://app.example", preflight.header("Access-Control-Allow-Origin"));
    assertEquals("x-requested-with, content-type", preflight.header("Access-Control-Allow-Headers"));
    assertEquals("true", preflight.header("Access-Control-Allow-Credentials"));
  }

  @Test
  void anyHeaderEchoesOnlyHeaderNames() {
    TestResponse preflight = new TestClient(Cors.forAnyOrigin().allowAnyHeader().wrap(app()))
        .request("OPTIONS", "/").header("Origin", "https://a.example")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "x-one, bad header, x-two").send();
    assertEquals("x-one, x-two", preflight.header("Access-Control-Allow-Headers"));
  }

  @Test
  void theApplicationsOwnCorsHeadersAreKept() {
    TestResponse response = new TestClient(API.wrap(app("Access-Control-Allow-Origin", "*")))
        .request("GET", "/public").header("Origin", "https://app.example").send();
    assertEquals("*", response.header("Access-Control-Allow-Origin"));
    assertNull(response.header("Access-Control-Allow-Credentials"));
  }

  @Test
  void aPlainOptionsRequestIsTheApplications() {
    TestResponse response = new TestClient(API.wrap(app())).request("OPTIONS", "/")
        .header("Origin", "https://app.example").send();
    assertEquals("OPTIONS ok", response.text());
    assertEquals("https://app.example", response.header("Access-Control-Allow-Origin"));
  }

  @Test
  void aMistakeInTheConfigurationIsRefusedWithTheFix() {
    assertEquals("'https://app.example/' is not an origin: an origin is a scheme, a host and"
            + " maybe a port, like https://app.example or http://localhost:3000, with no path and"
            + " no trailing slash",
        assertThrows(IllegalArgumentException.class,
            () -> Cors.forOrigins("https://app.example/")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> Cors.forOrigins("app.example"));
    assertThrows(IllegalArgumentException.class, () -> Cors.forOrigins("https://App.example"));
    assertThrows(IllegalArgumentException.class, () -> Cors.forOrigins());
    assertThrows(IllegalArgumentException.class, () -> API.allowMethods("patch"));
    assertThrows(IllegalArgumentException.class, () -> API.allowHeaders("Bad Header"));
    assertThrows(IllegalArgumentException.class, () -> API.maxAge(Duration.ofSeconds(-1)));
  }

  @Test
  void itChainsWithOtherMiddleware() {
    Gateway served = Middleware.chain(app(), new ProxyFix(), API);
    TestResponse response = new TestClient(served).request("GET", "/")
        .header("Origin", "https://app.example").header("X-Forwarded-For", "203.0.113.9").send();
    assertEquals("https://app.example", response.header("Access-Control-Allow-Origin"));
  }
}
