package dev.carafe.test;

import dev.carafe.gateway.Gateway;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Calls a {@link Gateway} in process, with no server and no socket, like Flask's
 * {@code test_client()}: build a request, get back the whole response.
 *
 * <pre>{@code
 * TestClient client = new TestClient(app);
 * TestResponse page = client.get("/user/ada?tab=posts");
 * assertEquals(200, page.status());
 * TestResponse created = client.request("POST", "/users")
 *     .header("Content-Type", "application/json").body("{\"name\":\"ada\"}").send();
 * }</pre>
 *
 * <p>The client holds the gateway to its contract: a gateway that calls {@code StartResponse}
 * twice, or returns without calling it, fails the test with an {@link AssertionError} that says
 * so. An exception the gateway throws reaches the test as it is. Paths are sent as written: a
 * {@code ?} starts the query string, and percent-encoding is left to the caller. The body is what
 * the gateway returned, also for {@code HEAD}, so a test sees whether the gateway left it out.
 *
 * <p>Like Flask's client, it keeps cookies as a browser would: the cookies a response sets go
 * back with the later requests they match, in one {@code Cookie} header. A cookie is sent to the
 * paths under its {@code Path} (by default the set-cookie request's path up to its last
 * {@code /}), until its {@code Max-Age} or {@code Expires} has passed on the client's clock; a
 * {@code Secure} one only over {@link TestRequest#scheme(String) https}. A {@code Max-Age} of
 * zero or less, or an {@code Expires} in the past, deletes the cookie. {@code Domain} is kept but
 * not checked: every request goes to one host. A request's own {@code Cookie} header goes out
 * with the jar's cookies, and wins over a cookie of the same name in the jar.
 * {@link #withoutCookies(Gateway)} makes a client that keeps none, Flask's
 * {@code use_cookies=False}.
 *
 * <pre>{@code
 * client.post("/login", "name=ada");                 // answers with Set-Cookie: session=...
 * assertEquals("ada", client.get("/me").text());     // the session cookie went back
 * assertTrue(client.cookie("session").orElseThrow().httpOnly());
 * }</pre>
 */
public final class TestClient {
  private final Gateway gateway;
  private final CookieJar jar;

  /**
   * A client of {@code gateway} that keeps cookies; it may be used for any number of requests,
   * from any thread.
   */
  public TestClient(Gateway gateway) {
    this(gateway, Clock.systemUTC());
  }

  /**
   * A client of {@code gateway} whose cookies expire by {@code clock}, so that a test can move
   * time on and see a cookie's {@code Max-Age} or {@code Expires} pass.
   */
  public TestClient(Gateway gateway, Clock clock) {
    this(gateway, new CookieJar(Objects.requireNonNull(clock, "clock")));
  }

  private TestClient(Gateway gateway, CookieJar jar) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
    this.jar = jar;
  }

  /**
   * A client of {@code gateway} that keeps no cookies, Flask's {@code use_cookies=False}: each
   * request sends only the {@code Cookie} header it is given. Its cookie methods throw.
   */
  public static TestClient withoutCookies(Gateway gateway) {
    return new TestClient(gateway, (CookieJar) null);
  }

  /** A request to build and {@link TestRequest#send() send}. */
  public TestRequest request(String method, String path) {
    return new TestRequest(gateway, jar, method, path);
  }

  /**
   * The cookies the client keeps and has not seen expire, in the order they were first set, with
   * their attributes; a cookie's path is the one it is kept for.
   *
   * @throws IllegalStateException on a client {@link #withoutCookies(Gateway) without cookies}
   */
  public List<TestCookie> cookies() {
    return jar().cookies();
  }

  /**
   * The cookie called {@code name}, as Flask's {@code get_cookie}; of several with that name (set
   * for different paths), the one with the shortest path, which the most pages see.
   *
   * @throws IllegalStateException on a client {@link #withoutCookies(Gateway) without cookies}
   */
  public Optional<TestCookie> cookie(String name) {
    return jar().cookies().stream()
        .filter(cookie -> cookie.name().equals(name))
        .min(Comparator.comparingInt(cookie -> cookie.path().length()));
  }

  /**
   * Keeps the cookie {@code name=value} for every path, as if a response had set it, until it is
   * deleted; Flask's {@code set_cookie}.
   *
   * @throws IllegalArgumentException for a name that is not a token, or a value with a space,
   *     quote, comma, semicolon, backslash or control character (send such a value yourself in a
   *     request's {@code Cookie} header)
   * @throws IllegalStateException on a client {@link #withoutCookies(Gateway) without cookies}
   */
  public void setCookie(String name, String value) {
    setCookie(name, value, "/");
  }

  /**
   * Keeps the cookie {@code name=value} for {@code path} and the paths under it, as if a response
   * had set it with that {@code Path}.
   *
   * @throws IllegalArgumentException for a bad name or value, as {@link #setCookie(String,
   *     String)}, or a path that does not start with {@code /}
   * @throws IllegalStateException on a client {@link #withoutCookies(Gateway) without cookies}
   */
  public void setCookie(String name, String value, String path) {
    checkCookie(name, value, path);
    jar().set(name, value, path);
  }

  /**
   * Forgets every cookie called {@code name}, whatever its path; Flask's {@code delete_cookie}.
   *
   * @throws IllegalStateException on a client {@link #withoutCookies(Gateway) without cookies}
   */
  public void deleteCookie(String name) {
    jar().delete(Objects.requireNonNull(name, "name"));
  }

  /**
   * Forgets every cookie, as a browser's "clear cookies".
   *
   * @throws IllegalStateException on a client {@link #withoutCookies(Gateway) without cookies}
   */
  public void clearCookies() {
    jar().clear();
  }

  /** Sends {@code GET path}. */
  public TestResponse get(String path) {
    return request("GET", path).send();
  }

  /** Sends {@code HEAD path}. */
  public TestResponse head(String path) {
    return request("HEAD", path).send();
  }

  /** Sends {@code OPTIONS path}. */
  public TestResponse options(String path) {
    return request("OPTIONS", path).send();
  }

  /** Sends {@code DELETE path}. */
  public TestResponse delete(String path) {
    return request("DELETE", path).send();
  }

  /** Sends {@code POST path} with {@code body} in UTF-8. */
  public TestResponse post(String path, String body) {
    return request("POST", path).body(body).send();
  }

  /** Sends {@code PUT path} with {@code body} in UTF-8. */
  public TestResponse put(String path, String body) {
    return request("PUT", path).body(body).send();
  }

  private CookieJar jar() {
    if (jar == null) {
      throw new IllegalStateException("This client keeps no cookies: it was made with"
          + " TestClient.withoutCookies(gateway); make it with new TestClient(gateway) to keep them");
    }
    return jar;
  }

  /** What would break the {@code Cookie} header, or smuggle a second cookie into it, is refused. */
  private static void checkCookie(String name, String value, String path) {
    if (name == null || name.isEmpty() || !name.chars()
        .allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
      throw new IllegalArgumentException("Cookie name '" + name + "' is not a token");
    }
    Objects.requireNonNull(value, "value");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f || c == '"' || c == ',' || c == ';' || c == '\\') {
        throw new IllegalArgumentException("The value of cookie '" + name + "' has '" + c + "' at "
            + i + ", which a cookie cannot hold; encode the value first, or send it yourself with"
            + " request(...).header(\"Cookie\", ...)");
      }
    }
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("A cookie's path starts with '/', got '" + path + "'");
    }
  }
}
