package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.App;
import dev.carafe.PythonProcess;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.gateway.Environ;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.json.Json;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The same requests through the real Werkzeug's {@code ProxyFix} (in {@code python3}) and
 * Carafe's: the client's address, the scheme, the {@code Host} header, the mount point and the
 * external URL {@code urlFor} builds ({@code url_for(..., _external=True)}) must agree. Skipped when Werkzeug 3.1 is not importable.
 */
class ProxyFixWerkzeugTest {
  private record Case(Map<String, Integer> kwargs, Map<String, String> environ) {}

  private static final List<Case> CASES = new ArrayList<>();

  static {
    Map<String, Integer> defaults = Map.of();
    add(defaults, "HTTP_HOST", "shop.example", "HTTP_X_FORWARDED_FOR", "203.0.113.9",
        "HTTP_X_FORWARDED_PROTO", "https");
    add(defaults, "HTTP_HOST", "shop.example:8000", "HTTP_X_FORWARDED_PROTO", "https");
    add(defaults, "HTTP_HOST", "shop.example:80", "HTTP_X_FORWARDED_PROTO", "https");
    add(defaults, "HTTP_HOST", "shop.example:443", "HTTP_X_FORWARDED_PROTO", "https");
    add(defaults, "SERVER_NAME", "backend", "SERVER_PORT", "80", "HTTP_X_FORWARDED_PROTO", "https");
    add(defaults, "HTTP_HOST", "shop.example", "HTTP_X_FORWARDED_FOR", "2001:db8::7");
    add(defaults, "HTTP_HOST", "shop.example", "HTTP_X_FORWARDED_FOR", ", , 203.0.113.9");
    add(defaults, "HTTP_HOST", "shop.example", "HTTP_X_FORWARDED_FOR", "198.51.100.1, 203.0.113.9");
    add(defaults, "HTTP_HOST", "shop.example", "HTTP_X_FORWARDED_PROTO", "http");
    add(defaults, "HTTP_HOST", "shop.example", "HTTP_X_FORWARDED_HOST", "evil.example",
        "HTTP_X_FORWARDED_PREFIX", "/evil", "HTTP_X_FORWARDED_PORT", "1234");
    add(Map.of("x_for", 2), "HTTP_HOST", "a", "HTTP_X_FORWARDED_FOR", "10.1.1.1, 10.2.2.2, 10.3.3.3");
    add(Map.of("x_for", 3), "HTTP_HOST", "a", "HTTP_X_FORWARDED_FOR", "10.1.1.1, 10.2.2.2");
    add(Map.of("x_for", 2), "HTTP_HOST", "a", "HTTP_X_FORWARDED_FOR", "\"10.1.1.1\", 10.2.2.2");
    add(Map.of("x_for", 0, "x_proto", 2), "HTTP_HOST", "a",
        "HTTP_X_FORWARDED_FOR", "10.1.1.1", "HTTP_X_FORWARDED_PROTO", "https, http");
    add(Map.of("x_host", 1), "HTTP_HOST", "10.0.0.5:8000", "HTTP_X_FORWARDED_HOST", "shop.example:8443");
    add(Map.of("x_host", 1), "HTTP_HOST", "10.0.0.5:8000", "HTTP_X_FORWARDED_HOST", "shop.example",
        "HTTP_X_FORWARDED_PROTO", "https");
    add(Map.of("x_host", 1), "HTTP_HOST", "10.0.0.5:8000", "HTTP_X_FORWARDED_HOST", "Shop.Example");
    add(Map.of("x_host", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_HOST", "[2001:db8::1]:8443");
    add(Map.of("x_host", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_HOST", "[2001:db8::1]",
        "HTTP_X_FORWARDED_PROTO", "https");
    add(Map.of("x_host", 2), "HTTP_HOST", "a", "HTTP_X_FORWARDED_HOST", "shop.example, cdn.example");
    add(Map.of("x_host", 1), "SERVER_NAME", "backend", "SERVER_PORT", "8000",
        "HTTP_X_FORWARDED_HOST", "shop.example");
    add(Map.of("x_host", 1, "x_port", 1), "HTTP_HOST", "10.0.0.5:8000",
        "HTTP_X_FORWARDED_HOST", "shop.example", "HTTP_X_FORWARDED_PORT", "8443");
    add(Map.of("x_host", 1, "x_port", 1), "HTTP_HOST", "10.0.0.5:8000",
        "HTTP_X_FORWARDED_HOST", "shop.example:9000", "HTTP_X_FORWARDED_PORT", "8443");
    add(Map.of("x_port", 1), "HTTP_HOST", "10.0.0.5:8000", "HTTP_X_FORWARDED_PROTO", "https",
        "HTTP_X_FORWARDED_PORT", "443");
    add(Map.of("x_port", 1), "SERVER_NAME", "backend", "SERVER_PORT", "8000",
        "HTTP_X_FORWARDED_PORT", "9000");
    add(Map.of("x_port", 2), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PORT", "8443");
    add(Map.of("x_prefix", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PREFIX", "/store");
    add(Map.of("x_prefix", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PREFIX", "/store/");
    add(Map.of("x_prefix", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PREFIX", "/");
    add(Map.of("x_prefix", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PREFIX", "/a/b/c");
    add(Map.of("x_prefix", 1), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PREFIX", "/%7Euser");
    add(Map.of("x_prefix", 2), "HTTP_HOST", "a", "HTTP_X_FORWARDED_PREFIX", "/outer, /inner");
    add(Map.of("x_for", 1, "x_proto", 1, "x_host", 1, "x_port", 1, "x_prefix", 1),
        "REMOTE_ADDR", "10.9.9.9", "HTTP_HOST", "[::1]:8000",
        "HTTP_X_FORWARDED_FOR", "2001:db8::7", "HTTP_X_FORWARDED_PROTO", "https",
        "HTTP_X_FORWARDED_HOST", "shop.example", "HTTP_X_FORWARDED_PORT", "443",
        "HTTP_X_FORWARDED_PREFIX", "/store");
  }

  private static void add(Map<String, Integer> kwargs, String... environ) {
    Map<String, String> base = new LinkedHashMap<>();
    base.put("REMOTE_ADDR", "10.0.0.1");
    for (int i = 0; i < environ.length; i += 2) {
      base.put(environ[i], environ[i + 1]);
    }
    CASES.add(new Case(kwargs, base));
  }

  @Test
  void carafeSeesWhatWerkzeugSees() {
    assumeTrue(PythonProcess.imports("werkzeug", "3.1."), "Werkzeug 3.1 is not importable");
    List<Map<String, Object>> input = new ArrayList<>();
    for (Case c : CASES) {
      input.add(Map.of("kwargs", c.kwargs(), "environ", c.environ()));
    }
    Object answer = Json.read(PythonProcess.run(null,
        Json.standard().toJson(input).getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(60),
        script().toString()));
    List<?> werkzeug = (List<?>) answer;

    List<String> differences = new ArrayList<>();
    for (int i = 0; i < CASES.size(); i++) {
      Map<String, Object> carafe = carafe(CASES.get(i));
      if (!carafe.equals(werkzeug.get(i))) {
        differences.add(CASES.get(i) + "\n  Werkzeug: " + werkzeug.get(i) + "\n  Carafe:   " + carafe);
      }
    }
    assertEquals("", String.join("\n", differences));
  }

  /** What an application behind Carafe's ProxyFix sees, named as Werkzeug's request names it. */
  private static Map<String, Object> carafe(Case c) {
    ProxyFix proxyFix = new ProxyFix().xFor(c.kwargs().getOrDefault("x_for", 1))
        .xProto(c.kwargs().getOrDefault("x_proto", 1))
        .xHost(c.kwargs().getOrDefault("x_host", 0))
        .xPort(c.kwargs().getOrDefault("x_port", 0))
        .xPrefix(c.kwargs().getOrDefault("x_prefix", 0));
    AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
    App app = TestApps.app(Lifecycle.none(), TestApps.get("index", "/", request -> {
      Environ environ = request.environ();
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("remote_addr", environ.remoteAddress());
      result.put("scheme", environ.scheme());
      result.put("host_header", environ.headers().first("Host"));
      result.put("script_root", environ.scriptName());
      result.put("external", RequestContext.current().app().urlFor("index", "_external", true));
      seen.set(result);
      return Response.noContent();
    }));
    GatewayCall.of(proxyFix.wrap(app), ProxyFixTest.wsgiEnviron(c.environ(), "/"));
    return seen.get();
  }

  private static Path script() {
    try {
      return Path.of(ProxyFixWerkzeugTest.class.getResource("werkzeug_proxy_fix.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
