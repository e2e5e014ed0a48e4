package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestRequest;
import dev.carafe.test.TestResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProxyFixTest {
  /**
   * Werkzeug's {@code test_proxy_fix}: {@code /parrot} answers a redirect to itself, built with
   * {@code urlFor}, and says the client's address and its own external URL.
   */
  static App parrot() {
    return TestApps.app(Lifecycle.none(), TestApps.get("parrot", "/parrot", request -> {
      App app = RequestContext.current().app();
      return Response.redirect(app.urlFor("parrot"))
          .withHeader("X-Remote-Addr", request.environ().remoteAddress())
          .withHeader("X-External", app.urlFor("parrot", "_external", true));
    }));
  }

  static Stream<Arguments> werkzeugCases() {
    ProxyFix all = new ProxyFix().xFor(1).xProto(1).xHost(1).xPort(1).xPrefix(1);
    return Stream.of(
        werkzeug("for", new ProxyFix(), "https://spam/",
            "REMOTE_ADDR", "192.168.0.2", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", "192.168.0.1", "HTTP_X_FORWARDED_PROTO", "https"),
        werkzeug("proto", new ProxyFix().xProto(1), "https://spam/",
            "HTTP_HOST", "spam", "HTTP_X_FORWARDED_PROTO", "https"),
        werkzeug("host", new ProxyFix().xHost(1), "http://eggs/",
            "HTTP_HOST", "spam", "HTTP_X_FORWARDED_HOST", "eggs"),
        werkzeug("port, host without port", new ProxyFix().xPort(1), "http://spam:8080/",
            "HTTP_HOST", "spam", "HTTP_X_FORWARDED_PORT", "8080"),
        werkzeug("port, host with port", new ProxyFix().xPort(1), "http://spam:8080/",
            "HTTP_HOST", "spam:9000", "HTTP_X_FORWARDED_PORT", "8080"),
        werkzeug("port, name", new ProxyFix().xPort(1), "http://spam:8080/",
            "SERVER_NAME", "spam", "SERVER_PORT", "9000", "HTTP_X_FORWARDED_PORT", "8080"),
        werkzeug("prefix", new ProxyFix().xPrefix(1), "http://spam/eggs/",
            "HTTP_HOST", "spam", "HTTP_X_FORWARDED_PREFIX", "/eggs"),
        werkzeug("all", all, "https://eggs/ham/",
            "REMOTE_ADDR", "192.168.0.2", "HTTP_HOST", "spam:9000",
            "HTTP_X_FORWARDED_FOR", "192.168.0.1", "HTTP_X_FORWARDED_PROTO", "https",
            "HTTP_X_FORWARDED_HOST", "eggs", "HTTP_X_FORWARDED_PORT", "443",
            "HTTP_X_FORWARDED_PREFIX", "/ham"),
        werkzeug("multiple for", new ProxyFix().xFor(2), "http://spam/",
            "REMOTE_ADDR", "192.168.0.3", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", "192.168.0.1, 192.168.0.2"),
        werkzeug("ignore 0", new ProxyFix().xFor(0), "http://spam/",
            "REMOTE_ADDR", "192.168.0.1", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", "192.168.0.2"),
        werkzeug("ignore len < trusted", new ProxyFix().xFor(3), "http://spam/",
            "REMOTE_ADDR", "192.168.0.1", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", "192.168.0.3, 192.168.0.2"),
        werkzeug("ignore untrusted", new ProxyFix(), "http://spam/",
            "REMOTE_ADDR", "192.168.0.2", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", "192.168.0.3, 192.168.0.1"),
        werkzeug("ignore empty", new ProxyFix().xFor(2), "http://spam/",
            "REMOTE_ADDR", "192.168.0.1", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", ", 192.168.0.3"),
        werkzeug("prefix < for", new ProxyFix().xFor(2).xPrefix(1), "http://spam/eggs/",
            "REMOTE_ADDR", "192.168.0.2", "HTTP_HOST", "spam",
            "HTTP_X_FORWARDED_FOR", "192.168.0.1, 192.168.0.3",
            "HTTP_X_FORWARDED_PREFIX", "/ham, /eggs"),
        werkzeug("ipv6 host", new ProxyFix().xHost(1), "http://[2001:db8::a]/",
            "HTTP_HOST", "spam", "HTTP_X_FORWARDED_HOST", "[2001:db8::a]"),
        werkzeug("ipv6 port, host without port", new ProxyFix().xPort(1),
            "http://[2001:db8::a]:8080/",
            "HTTP_HOST", "[2001:db8::a]", "HTTP_X_FORWARDED_PORT", "8080"),
        werkzeug("ipv6 - port, host with port", new ProxyFix().xPort(1),
            "http://[2001:db8::a]:8080/",
            "HTTP_HOST", "[2001:db8::a]:9000", "HTTP_X_FORWARDED_PORT", "8080"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("werkzeugCases")
  void werkzeugsProxyFixCases(String id, ProxyFix proxyFix, Map<String, String> base,
      String urlRoot) {
    GatewayCall response = GatewayCall.of(proxyFix.wrap(parrot()), wsgiEnviron(base, "/parrot"));

    assertEquals("192.168.0.1", response.headers().first("X-Remote-Addr"));
    assertEquals(urlRoot + "parrot", response.headers().first("X-External"));
    // Carafe's redirects are relative, as Werkzeug's without autocorrect_location_header; a
    // browser resolves them to the URL Werkzeug's test expects.
    String location = response.headers().first("Location");
    assertEquals(URI.create(urlRoot).getPath() + "parrot", location);
    assertEquals(urlRoot + "parrot", URI.create(urlRoot).resolve(location).toString());
  }

  @Test
  void nothingIsTrustedUnlessConfigured() {
    TestClient client = new TestClient(new ProxyFix().xFor(0).xProto(0).wrap(parrot()));
    TestResponse response = client.request("GET", "/parrot")
        .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Port", "8443")
        .header("X-Forwarded-Prefix", "/evil").send();

    assertEquals("127.0.0.1", response.header("X-Remote-Addr"));
    assertEquals("http://localhost/parrot", response.header("X-External"));
    assertEquals("/parrot", response.header("Location"));
  }

  @Test
  void byDefaultOnlyForAndProtoAreTrusted() {
    TestResponse response = new TestClient(new ProxyFix().wrap(parrot())).request("GET", "/parrot")
        .header("Host", "shop.example")
        .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Prefix", "/evil").send();

    assertEquals("203.0.113.9", response.header("X-Remote-Addr"));
    assertEquals("https://shop.example/parrot", response.header("X-External"));
    assertEquals("/parrot", response.header("Location"));
  }

  @Test
  void theOriginalsStayInTheEnvironAndTheHostHeaderFollows() {
    AtomicReference<Environ> seen = new AtomicReference<>();
    Gateway app = (environ, start) -> {
      seen.set(environ);
      start.start(204, HeaderList.empty());
      return dev.carafe.gateway.Body.empty();
    };
    new TestClient(new ProxyFix().xHost(1).xPort(1).xPrefix(1).wrap(app))
        .request("GET", "/cart").header("Host", "10.0.0.5:8000")
        .header("X-Forwarded-For", "203.0.113.9").header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-Host", "shop.example").header("X-Forwarded-Port", "8443")
        .header("X-Forwarded-Prefix", "/store/").send();

    Environ environ = seen.get();
    assertEquals("203.0.113.9", environ.remoteAddress());
    assertEquals("https", environ.scheme());
    assertEquals("shop.example", environ.host());
    assertEquals(8443, environ.port());
    assertEquals("shop.example:8443", environ.headers().first("Host"));
    assertEquals(List.of("shop.example:8443"), environ.headers().all("host"));
    assertEquals("/store", environ.scriptName());
    assertEquals("/cart", environ.pathInfo());
    assertEquals(new ProxyFix.Original("127.0.0.1", "http", "10.0.0.5", 8000, "10.0.0.5:8000", ""),
        environ.get(ProxyFix.ORIGINAL));
  }

  @Test
  void severalFieldsOfAHeaderAreOneList() {
    AtomicReference<String> remote = new AtomicReference<>();
    Gateway app = (environ, start) -> {
      remote.set(environ.remoteAddress());
      start.start(204, HeaderList.empty());
      return dev.carafe.gateway.Body.empty();
    };
    // The client sent the first field; the proxy appended its own: the client cannot hide it.
    for (int trusted = 1; trusted <= 3; trusted++) {
      new TestClient(new ProxyFix().xFor(trusted).wrap(app)).request("GET", "/")
          .header("X-Forwarded-For", "198.51.100.1, 198.51.100.2")
          .header("X-Forwarded-For", "203.0.113.9").send();
      assertEquals(List.of("203.0.113.9", "198.51.100.2", "198.51.100.1").get(trusted - 1),
          remote.get());
    }
  }

  @Test
  void theAccessLogAndTheRequestSeeTheClientBehindTheProxy() {
    List<String> lines = new ArrayList<>();
    App app = TestApps.app(Lifecycle.none(), TestApps.get("ip", "/ip",
        request -> Response.text(request.environ().remoteAddress())));
    TestResponse response = new TestClient(Middleware.chain(app, new ProxyFix(),
        new AccessLog(lines::add))).request("GET", "/ip")
        .header("X-Forwarded-For", "2001:db8::7").send();

    assertEquals("2001:db8::7", response.text());
    assertTrue(lines.get(0).startsWith("2001:db8::7 - - ["), lines.get(0));
  }

  @Test
  void anHttpsProxyInFrontMakesExternalUrlsHttpsWithoutAPort() {
    // nginx: proxy_set_header Host $host; X-Forwarded-Proto $scheme; to the app on :8000.
    TestResponse response = new TestClient(new ProxyFix().wrap(parrot())).request("GET", "/parrot")
        .header("Host", "shop.example").header("X-Forwarded-Proto", "https").send();
    assertEquals("https://shop.example/parrot", response.header("X-External"));

    TestResponse withPort = new TestClient(new ProxyFix().wrap(parrot()))
        .request("GET", "/parrot").header("Host", "shop.example:8443")
        .header("X-Forwarded-Proto", "https").send();
    assertEquals("https://shop.example:8443/parrot", withPort.header("X-External"));
  }

  static Stream<Arguments> hostileValues() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      huge.append("10.0.").append(i % 256).append('.').append(i % 200).append(", ");
    }
    return Stream.of(
        hostile("X-Forwarded-For", "<script>alert(1)</script>"),
        hostile("X-Forwarded-For", "a b c"),
        hostile("X-Forwarded-For", "\"unclosed, 10.0.0.1"),
        hostile("X-Forwarded-For", "x".repeat(5000)),
        hostile("X-Forwarded-For", huge + "not an address"),
        hostile("X-Forwarded-Proto", "javascript"),
        hostile("X-Forwarded-Proto", ""),
        hostile("X-Forwarded-Host", "evil.example/path"),
        hostile("X-Forwarded-Host", "evil.example:99999"),
        hostile("X-Forwarded-Host", "evil.example:"),
        hostile("X-Forwarded-Host", "[::1"),
        hostile("X-Forwarded-Host", "[zz::1]"),
        hostile("X-Forwarded-Host", "2001:db8::1"),
        hostile("X-Forwarded-Host", "user@evil.example"),
        hostile("X-Forwarded-Port", "0"),
        hostile("X-Forwarded-Port", "-1"),
        hostile("X-Forwarded-Port", "65536"),
        hostile("X-Forwarded-Port", "99999999999999999999"),
        hostile("X-Forwarded-Port", "8080abc"),
        hostile("X-Forwarded-Prefix", "//evil.example"),
        hostile("X-Forwarded-Prefix", "https://evil.example"),
        hostile("X-Forwarded-Prefix", "evil"),
        hostile("X-Forwarded-Prefix", "/a?b#c"),
        hostile("X-Forwarded-Prefix", "/%zz"),
        hostile("X-Forwarded-Prefix", "/a b"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("hostileValues")
  void aValueTheEnvironCannotHoldIsIgnoredAndNeverA500(String header, String value) {
    ProxyFix trustAll = new ProxyFix().xHost(1).xPort(1).xPrefix(1);
    TestResponse response = new TestClient(trustAll.wrap(parrot())).request("GET", "/parrot")
        .header("Host", "shop.example").header(header, value).send();

    assertEquals(302, response.status());
    assertEquals("127.0.0.1", response.header("X-Remote-Addr"));
    assertEquals("http://shop.example/parrot", response.header("X-External"));
    assertEquals("/parrot", response.header("Location"));
  }

  @Test
  void aHugeListTakesItsValueFromTheRight() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 100_000; i++) {
      huge.append("10.0.0.").append(i % 250).append(',');
    }
    huge.append("203.0.113.9");
    TestResponse response = new TestClient(new ProxyFix().wrap(parrot())).request("GET", "/parrot")
        .header("X-Forwarded-For", huge.toString()).send();
    assertEquals("203.0.113.9", response.header("X-Remote-Addr"));
  }

  @Test
  void quotedValuesAreUnquotedAsWerkzeugDoes() {
    TestResponse response = new TestClient(new ProxyFix().xFor(2).wrap(parrot()))
        .request("GET", "/parrot").header("X-Forwarded-For", "\"[2001:db8::1]:4711\", 10.0.0.1")
        .send();
    assertEquals("[2001:db8::1]:4711", response.header("X-Remote-Addr"));
  }

  @Test
  void aNegativeCountIsRefusedWithTheSettingsName() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> new ProxyFix().xHost(-1));
    assertEquals("xHost is how many proxies to trust, 0 or more, got -1", error.getMessage());
    assertEquals("ProxyFix(xFor=1, xProto=1, xHost=0, xPort=0, xPrefix=0)",
        new ProxyFix().toString());
  }

  @Test
  void withoutProxyHeadersTheRequestIsUnchangedButTheOriginalsAreKept() {
    AtomicReference<Environ> seen = new AtomicReference<>();
    Gateway app = (environ, start) -> {
      seen.set(environ);
      start.start(204, HeaderList.empty());
      return dev.carafe.gateway.Body.empty();
    };
    TestRequest request = new TestClient(new ProxyFix().xHost(1).wrap(app)).request("GET", "/");
    request.send();
    assertEquals("localhost", seen.get().host());
    assertEquals(80, seen.get().port());
    assertEquals("localhost", seen.get().headers().first("Host"));
    assertEquals("localhost", seen.get().get(ProxyFix.ORIGINAL).hostHeader());
    assertNull(Environ.builder().build().get(ProxyFix.ORIGINAL));
  }

  /** A Werkzeug test's environ as a server would give it: a connection, a Host header or not. */
  static Environ wsgiEnviron(Map<String, String> base, String path) {
    HeaderList headers = HeaderList.empty();
    for (Map.Entry<String, String> entry : base.entrySet()) {
      if (entry.getKey().startsWith("HTTP_")) {
        headers = headers.with(headerName(entry.getKey()), entry.getValue());
      }
    }
    String hostHeader = base.get("HTTP_HOST");
    String host = base.getOrDefault("SERVER_NAME", "localhost");
    int port = Integer.parseInt(base.getOrDefault("SERVER_PORT", "80"));
    if (hostHeader != null) {
      int close = hostHeader.indexOf(']');
      int colon = hostHeader.indexOf(':', Math.max(close, 0));
      host = hostHeader.startsWith("[") ? hostHeader.substring(1, close)
          : colon < 0 ? hostHeader : hostHeader.substring(0, colon);
      port = colon < 0 ? 80 : Integer.parseInt(hostHeader.substring(colon + 1));
    }
    return Environ.builder().host(host).port(port).pathInfo(path)
        .remoteAddress(base.getOrDefault("REMOTE_ADDR", "192.168.0.1")).headers(headers).build();
  }

  /** {@code HTTP_X_FORWARDED_FOR} as {@code X-Forwarded-For}. */
  static String headerName(String key) {
    StringBuilder name = new StringBuilder();
    for (String word : key.substring(5).split("_")) {
      name.append(name.length() == 0 ? "" : "-").append(word.charAt(0))
          .append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return name.toString();
  }

  private static Arguments werkzeug(String id, ProxyFix proxyFix, String urlRoot,
      String... base) {
    Map<String, String> environ = new LinkedHashMap<>();
    for (int i = 0; i < base.length; i += 2) {
      environ.put(base[i], base[i + 1]);
    }
    return Arguments.of(id, proxyFix, environ, urlRoot);
  }

  private static Arguments hostile(String header, String value) {
    String label = value.isEmpty() ? "(empty)"
        : value.length() > 40 ? value.substring(0, 30) + "... (" + value.length() + " chars)" : value;
    return Arguments.of(header, Named.of(label, value));
  }
}
