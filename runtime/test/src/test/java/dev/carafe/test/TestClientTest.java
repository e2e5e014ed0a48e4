package dev.carafe.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestClientTest {
  @Test
  void thePathIsSplitIntoRawPathInfoAndQueryString() {
    AtomicReference<Environ> seen = new AtomicReference<>();
    new TestClient(recording(seen)).get("/user/a%2Fb?tab=posts&q=%20x");

    Environ environ = seen.get();
    assertEquals("GET", environ.method());
    assertEquals("", environ.scriptName());
    assertEquals("/user/a%2Fb", environ.pathInfo());
    assertEquals("tab=posts&q=%20x", environ.queryString());
    assertEquals("localhost", environ.host());
    assertEquals(80, environ.port());
    assertEquals("127.0.0.1", environ.remoteAddress());
    assertEquals("localhost", environ.headers().first("Host"));
  }

  @Test
  void aRequestMayGoOverHttpsToPort443() {
    AtomicReference<Environ> seen = new AtomicReference<>();
    TestClient client = new TestClient(recording(seen));
    client.request("GET", "/").scheme("https").send();
    assertEquals("https", seen.get().scheme());
    assertEquals(443, seen.get().port());

    client.get("/");
    assertEquals("http", seen.get().scheme());
    assertThrows(IllegalArgumentException.class, () -> client.request("GET", "/").scheme("ftp"));
  }

  @Test
  void aHostHeaderGivenNamesTheHostAndPortAsAServerReadsThem() {
    AtomicReference<Environ> seen = new AtomicReference<>();
    TestClient client = new TestClient(recording(seen));
    client.request("GET", "/").header("Host", "example.com:8080").send();
    assertEquals("example.com", seen.get().host());
    assertEquals(8080, seen.get().port());

    client.request("GET", "/").header("Host", "[2001:db8::a]").scheme("https").send();
    assertEquals("2001:db8::a", seen.get().host());
    assertEquals(443, seen.get().port());

    client.request("GET", "/").header("Host", "[2001:db8::a]:9000").send();
    assertEquals("2001:db8::a", seen.get().host());
    assertEquals(9000, seen.get().port());
  }

  @Test
  void queryValuesAreAddedPercentEncoded() {
    AtomicReference<Environ> seen = new AtomicReference<>();
    new TestClient(recording(seen)).request("get", "/search?page=2").query("q", "tea & cake")
        .send();
    assertEquals("GET", seen.get().method());
    assertEquals("page=2&q=tea%20%26%20cake", seen.get().queryString());
  }

  @Test
  void aBodyArrivesAsTheInputWithItsContentLength() throws IOException {
    AtomicReference<Environ> seen = new AtomicReference<>();
    AtomicReference<String> body = new AtomicReference<>();
    Gateway echo = (environ, start) -> {
      seen.set(environ);
      try {
        body.set(new String(environ.input().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      start.start(200, HeaderList.empty());
      return Body.empty();
    };
    new TestClient(echo).request("PUT", "/doc").header("Content-Type", "text/plain")
        .body("caf\u00e9").send();

    assertEquals("caf\u00e9", body.get());
    assertEquals("5", seen.get().headers().first("Content-Length"));
    assertEquals("text/plain", seen.get().headers().first("content-type"));
  }

  @Test
  void everyBodyKindIsReadWhole(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("page.txt"), "0123456789");
    assertEquals("ell", answer(new Body.Bytes("hello".getBytes(StandardCharsets.US_ASCII), 1, 3)));
    assertEquals("streamed", answer(Body.stream(out -> out.write("streamed".getBytes()))));
    assertEquals("0123456789", answer(new Body.FileRegion(file, 0, 10)));
    assertEquals("3456", answer(new Body.FileRegion(file, 3, 4)));
    assertEquals("", answer(Body.empty()));
  }

  @Test
  void theResponseShowsStatusHeadersAndBody() {
    Gateway gateway = (environ, start) -> {
      start.start(201, HeaderList.of("Location", "/items/1", "Content-Type", "text/plain"));
      return Body.of("made");
    };
    TestResponse response = new TestClient(gateway).post("/items", "x");

    assertEquals(201, response.status());
    assertEquals("/items/1", response.header("location"));
    assertNull(response.header("Set-Cookie"));
    assertEquals("made", response.text());
    assertEquals("TestResponse[201 [Location: /items/1, Content-Type: text/plain], 4 bytes: made]",
        response.toString());
  }

  @Test
  void secondStartResponseFailsTheTest() {
    Gateway twice = (environ, start) -> {
      start.start(200, HeaderList.empty());
      start.start(500, HeaderList.empty());
      return Body.empty();
    };
    AssertionError error = assertThrows(AssertionError.class, () -> new TestClient(twice).get("/"));
    assertTrue(error.getMessage().contains("called StartResponse a second time"),
        error.getMessage());
  }

  @Test
  void secondStartResponseFailsTheTestEvenWhenTheGatewayCatchesTheRefusal() {
    Gateway stubborn = (environ, start) -> {
      start.start(200, HeaderList.empty());
      try {
        start.start(500, HeaderList.empty());
      } catch (IllegalStateException ignored) {
        // The gateway carries on as if nothing happened.
      }
      return Body.empty();
    };
    assertThrows(AssertionError.class, () -> new TestClient(stubborn).get("/"));
  }

  @Test
  void returningWithoutStartResponseFailsTheTest() {
    Gateway silent = (environ, start) -> Body.of("no status");
    AssertionError error = assertThrows(AssertionError.class, () -> new TestClient(silent).get("/"));
    assertTrue(error.getMessage().contains("without calling StartResponse"), error.getMessage());
  }

  @Test
  void aContentLengthThatTheBodyDoesNotHaveFailsTheTest() {
    Gateway lying = (environ, start) -> {
      start.start(200, HeaderList.of("Content-Length", "10"));
      return Body.of("short");
    };
    AssertionError error = assertThrows(AssertionError.class, () -> new TestClient(lying).get("/"));
    assertTrue(error.getMessage().contains("Content-Length 10 but sent 5"), error.getMessage());
  }

  @Test
  void anExceptionFromTheGatewayReachesTheTest() {
    Gateway failing = (environ, start) -> {
      throw new IllegalArgumentException("broken");
    };
    assertThrows(IllegalArgumentException.class, () -> new TestClient(failing).get("/"));
  }

  @Test
  void aPathMustStartWithASlash() {
    assertThrows(IllegalArgumentException.class, () -> new TestClient(recording(null)).get("x"));
  }

  private static String answer(Body body) {
    return new TestClient((environ, start) -> {
      start.start(200, HeaderList.empty());
      return body;
    }).get("/").text();
  }

  private static Gateway recording(AtomicReference<Environ> seen) {
    return (environ, start) -> {
      seen.set(environ);
      start.start(204, HeaderList.empty());
      return Body.empty();
    };
  }

  @Test
  void jsonGoesOutAndComesBackAsPlainValues() {
    dev.carafe.gateway.Gateway echo = (environ, start) -> {
      byte[] body;
      try {
        body = environ.input().readAllBytes();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      start.start(200, dev.carafe.gateway.HeaderList.of("Content-Type", environ.headers().first("Content-Type")));
      return dev.carafe.gateway.Body.of(body);
    };
    TestResponse response = new TestClient(echo).request("POST", "/")
        .json(java.util.Map.of("tea", java.util.List.of("sencha", 3))).send();
    assertEquals("application/json", response.header("Content-Type"));
    assertEquals(java.util.Map.of("tea", java.util.List.of("sencha", 3L)), response.json());
  }
}
