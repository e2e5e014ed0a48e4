package dev.carafe.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.LogCapture;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Headers;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import dev.carafe.test.TestClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken gateways and servers, and what the lint says about each. */
class LintTest {
  private static final Environ GET = Environ.builder().pathInfo("/items").build();

  private final List<String> warnings = new ArrayList<>();

  /** Calls {@code app} through the lint as a lenient server would, body written out. */
  private List<String> lint(Environ environ, Gateway app) {
    StartResponse lenient = (status, headers) -> { };
    Body body = new Lint(warnings::add).wrap(app).call(environ, lenient);
    if (body instanceof Body.Stream stream) {
      try {
        stream.writer().writeTo(new ByteArrayOutputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return warnings;
  }

  private List<String> lint(Gateway app) {
    return lint(GET, app);
  }

  private static Gateway answering(int status, HeaderList headers, Body body) {
    return (environ, start) -> {
      start.start(status, headers);
      return body;
    };
  }

  @Test
  void aWellBehavedApplicationHasNoWarnings() {
    assertEquals(List.of(), lint(answering(200,
        HeaderList.of("Content-Length", "5", "ETag", "W/\"v1\""), Body.of("hello"))));
    assertEquals(List.of(), lint(Environ.builder().method("HEAD").build(),
        answering(200, HeaderList.of("Content-Length", "5"), Body.empty())));
  }

  @Test
  void anApplicationThatNeverStartsTheResponse() {
    assertEquals(List.of("The gateway returned without calling StartResponse; call it once before"
        + " returning the body (GET /items)"), lint((environ, start) -> Body.of("hi")));
  }

  @Test
  void anApplicationThatStartsTwice() {
    lint((environ, start) -> {
      start.start(200, HeaderList.empty());
      start.start(500, HeaderList.empty());
      return Body.empty();
    });
    assertEquals(List.of("StartResponse was called a second time (first 200, then 500); call it"
        + " exactly once (GET /items)"), warnings);
  }

  @Test
  void anApplicationThatStartsAfterReturningAStream() {
    AtomicReference<StartResponse> kept = new AtomicReference<>();
    lint((environ, start) -> {
      kept.set(start);
      return Body.stream(out -> kept.get().start(200, HeaderList.empty()));
    });
    assertEquals(List.of(
        "The gateway returned without calling StartResponse; call it once before returning the"
            + " body (GET /items)",
        "StartResponse was called after the gateway returned its body; call it before returning"
            + " (GET /items)"), warnings);
  }

  @Test
  void aNullBody() {
    lint((environ, start) -> {
      start.start(200, HeaderList.empty());
      return null;
    });
    assertEquals(List.of("The gateway returned a null body; return Body.empty() for no content"
        + " (GET /items)"), warnings);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "99  | Status 99 is not an HTTP status; use one from 100 to 599 (GET /items)",
      "600 | Status 600 is not an HTTP status; use one from 100 to 599 (GET /items)",
  })
  void aStatusOutsideHttps(int status, String warning) {
    assertEquals(List.of(warning), lint(answering(status, HeaderList.empty(), Body.empty())));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(delimiter = '|', value = {
      "HEAD | 200 | A HEAD response must not have a body, got 5 bytes; return Body.empty() with"
          + " the GET's headers (HEAD /items)",
      "GET  | 204 | A 204 response must not have a body, got 5 bytes; return Body.empty() (GET /items)",
      "GET  | 304 | A 304 response must not have a body, got 5 bytes; return Body.empty() (GET /items)",
  })
  void noBodyForHeadNoContentAndNotModified(String method, int status, String warning) {
    Environ environ = Environ.builder().method(method).pathInfo("/items").build();
    assertEquals(List.of(warning),
        lint(environ, answering(status, HeaderList.empty(), Body.of("hello"))));
  }

  @Test
  void aStreamedBodyForHeadIsCaughtWhenItWrites() {
    Environ head = Environ.builder().method("HEAD").pathInfo("/items").build();
    lint(head, answering(200, HeaderList.empty(),
        Body.stream(out -> out.write("hello".getBytes(StandardCharsets.UTF_8)))));
    assertEquals(List.of("A HEAD response must not have a body, but its stream wrote bytes"
        + " (HEAD /items)"), warnings);
  }

  @Test
  void a204WithALength() {
    lint(answering(204, HeaderList.of("Content-Length", "12"), Body.empty()));
    assertEquals(List.of("A 204 response must not have a Content-Length, got 12 (GET /items)"),
        warnings);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "3   | Content-Length says 3 bytes but the body has 5 (GET /items)",
      "ten | Content-Length 'ten' is not a number of bytes (GET /items)",
  })
  void aContentLengthThatIsNotTheBodys(String length, String warning) {
    assertEquals(List.of(warning),
        lint(answering(200, HeaderList.of("Content-Length", length), Body.of("hello"))));
  }

  @Test
  void aStreamShorterThanItsContentLength() {
    lint(answering(200, HeaderList.of("Content-Length", "10"),
        Body.stream(out -> out.write("hello".getBytes(StandardCharsets.UTF_8)))));
    assertEquals(List.of("Content-Length says 10 bytes but the stream wrote 5 (GET /items)"),
        warnings);
  }

  @Test
  void aStreamWrittenAfterItsWriterReturnedOrAfterItClosed() throws IOException {
    AtomicReference<OutputStream> kept = new AtomicReference<>();
    lint(answering(200, HeaderList.empty(), Body.stream(kept::set)));
    kept.get().write('x');
    lint(answering(200, HeaderList.empty(), Body.stream(out -> {
      out.close();
      out.write('y');
    })));
    assertEquals(List.of(
        "The stream was written after its writer returned; write the whole body in writeTo"
            + " (GET /items)",
        "The stream was written after it was closed (GET /items)"), warnings);
  }

  @Test
  void unquotedAndLowerCaseWeakEtagsAsWerkzeugWarns() {
    lint(answering(200, HeaderList.of("ETag", "v1"), Body.empty()));
    lint(answering(200, HeaderList.of("ETag", "w/\"v1\""), Body.empty()));
    assertEquals(List.of("The ETag v1 is not in double quotes (GET /items)",
        "The weak ETag w/\"v1\" must start with an upper-case W/ (GET /items)"), warnings);
  }

  @Test
  void anEnvironABrokenServerMade() {
    Headers badHeaders = new Headers() {
      @Override
      public String first(String name) {
        return all(name).isEmpty() ? null : all(name).get(0);
      }

      @Override
      public List<String> all(String name) {
        return name.equals("X Bad") || name.equals("X-Split") ? List.of("a\r\nb") : List.of();
      }

      @Override
      public List<String> names() {
        return List.of("X Bad", "X-Split");
      }
    };
    Environ broken = Environ.builder().method("get").scriptName("blog/").pathInfo("items")
        .queryString("?a=1").scheme("ftp").host("").port(0).protocol("SPDY").remoteAddress("")
        .headers(badHeaders).build();
    lint(broken, answering(200, HeaderList.empty(), Body.empty()));
    assertEquals(List.of(
        "The environ's method 'get' is not an upper-case token (get blog/items)",
        "The environ's scriptName 'blog/' must be empty or start with '/' and not end with '/'"
            + " (get blog/items)",
        "The environ's pathInfo 'items' must be empty or start with '/' (get blog/items)",
        "The environ's queryString '?a=1' must not start with '?' (get blog/items)",
        "The environ's scheme 'ftp' is neither http nor https (get blog/items)",
        "The environ has no host (get blog/items)",
        "The environ's port 0 is not from 1 to 65535 (get blog/items)",
        "The environ's protocol 'SPDY' is not HTTP/x.y (get blog/items)",
        "The environ has no remoteAddress (get blog/items)",
        "Request header name 'X Bad' is not a token (get blog/items)",
        "Request header 'X Bad' has a control character (CR, LF or another) at 1, which would"
            + " split the message (get blog/items)",
        "Request header 'X-Split' has a control character (CR, LF or another) at 1, which would"
            + " split the message (get blog/items)"), warnings);
  }

  @Test
  void strictModeFailsTheTestWhereTheContractBreaks() {
    Gateway noStart = (environ, start) -> Body.of("hi");
    AssertionError error = assertThrows(AssertionError.class,
        () -> new TestClient(Middleware.chain(noStart, Lint.strict())).get("/items"));
    assertEquals("The gateway returned without calling StartResponse; call it once before"
        + " returning the body (GET /items)", error.getMessage());
  }

  @Test
  void byDefaultWarningsAreLoggedAndTheRequestGoesOn() {
    try (LogCapture log = LogCapture.of(Lint.class)) {
      Gateway app = answering(200, HeaderList.of("ETag", "v1"), Body.of("hello"));
      assertEquals("hello", new TestClient(Middleware.chain(app, new Lint())).get("/x").text());
      assertEquals(1, log.records().size());
      assertEquals(java.util.logging.Level.WARNING, log.records().get(0).getLevel());
      assertEquals("The ETag v1 is not in double quotes (GET /x)",
          log.records().get(0).getMessage());
    }
  }

  @Test
  void carafesOwnApplicationsPassTheLint() {
    Gateway app = (environ, start) -> {
      start.start(200, HeaderList.of("Content-Type", "text/plain"));
      return environ.method().equals("HEAD") ? Body.empty() : Body.of(CompressTest.TEXT);
    };
    Gateway stacked = Middleware.chain(app, Lint.strict(), new Compress(), Lint.strict(), new AccessLog(line -> { }));
    TestClient client = new TestClient(stacked);
    assertEquals(200, client.request("GET", "/").header("Accept-Encoding", "gzip").send()
        .status());
    assertEquals(200, client.head("/").status());
  }
}
