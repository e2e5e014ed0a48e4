package dev.carafe.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.Response;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;
import dev.carafe.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpErrorsTest {
  private static final HeaderList BROWSER = HeaderList.of("Accept",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  private static final HeaderList API = HeaderList.of("Accept", "application/json");

  @ParameterizedTest(name = "abort({0}) throws {1}")
  @CsvSource({
      "400, BadRequest, Bad Request", "401, Unauthorized, Unauthorized",
      "402, PaymentRequired, Payment Required", "403, Forbidden, Forbidden",
      "404, NotFound, Not Found", "405, MethodNotAllowed, Method Not Allowed",
      "406, NotAcceptable, Not Acceptable",
      "407, ProxyAuthenticationRequired, Proxy Authentication Required",
      "408, RequestTimeout, Request Timeout", "409, Conflict, Conflict", "410, Gone, Gone",
      "411, LengthRequired, Length Required", "412, PreconditionFailed, Precondition Failed",
      "413, RequestEntityTooLarge, Request Entity Too Large",
      "414, RequestUriTooLarge, Request-URI Too Long",
      "415, UnsupportedMediaType, Unsupported Media Type",
      "416, RequestedRangeNotSatisfiable, Requested Range Not Satisfiable",
      "417, ExpectationFailed, Expectation Failed", "418, ImATeapot, I'm a Teapot",
      "421, MisdirectedRequest, Misdirected Request",
      "422, UnprocessableEntity, Unprocessable Entity", "423, Locked, Locked",
      "424, FailedDependency, Failed Dependency", "425, TooEarly, Too Early",
      "426, UpgradeRequired, Upgrade Required", "428, PreconditionRequired, Precondition Required",
      "429, TooManyRequests, Too Many Requests",
      "431, RequestHeaderFieldsTooLarge, Request Header Fields Too Large",
      "451, UnavailableForLegalReasons, Unavailable For Legal Reasons",
      "500, InternalServerError, Internal Server Error", "501, NotImplemented, Not Implemented",
      "502, BadGateway, Bad Gateway", "503, ServiceUnavailable, Service Unavailable",
      "504, GatewayTimeout, Gateway Timeout",
      "505, HttpVersionNotSupported, HTTP Version Not Supported"})
  void abortThrowsTheErrorOfItsStatusWithDefaultBodies(int status, String type, String name) {
    HttpException error = assertThrows(HttpException.class, () -> Abort.abort(status));
    assertEquals(type, error.getClass().getSimpleName());
    assertEquals(status, error.status());
    assertEquals(name, error.name());

    Response html = Response.forError(error, BROWSER);
    assertEquals(status, html.status());
    assertEquals(Response.HTML, html.header("Content-Type"));
    String page = text(html);
    assertTrue(page.startsWith("<!doctype html>\n<html lang=en>\n<title>" + status + " "
        + name.replace("'", "&#39;") + "</title>\n"), page);
    assertTrue(page.endsWith("</p>\n"), page);

    Response json = Response.forError(error, API);
    assertEquals(status, json.status());
    assertEquals("application/json", json.header("Content-Type"));
    Map<?, ?> fields = (Map<?, ?>) Json.read(bytes(json));
    assertEquals(List.of("code", "name", "description"), List.copyOf(fields.keySet()));
    assertEquals((long) status, fields.get("code"));
    assertEquals(name, fields.get("name"));
    assertEquals(error.description(), fields.get("description"));
  }

  @Test
  void theDefaultPageIsTheStatusTablesPageTheServerSendsToo() {
    assertEquals(HttpStatus.INTERNAL_SERVER_ERROR.htmlPage(),
        text(Response.forError(new InternalServerError(), HeaderList.empty())));
    assertEquals(HttpStatus.NOT_FOUND.htmlPage(),
        text(Response.forError(new NotFound(), HeaderList.empty())));
  }

  @Test
  void theNotFoundPageIsWerkzeugsCharacterForCharacter() {
    assertEquals("<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n"
        + "<h1>Not Found</h1>\n<p>The requested URL was not found on the server. If you entered"
        + " the URL manually please check your spelling and try again.</p>\n",
        text(Response.forError(new NotFound(), HeaderList.empty())));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 302, 399, 419, 420, 427, 430, 450, 506, 600, -1})
  void abortOfAStatusThatIsNoHttpErrorIsAnIllegalArgument(int status) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Abort.abort(status));
    assertTrue(e.getMessage().contains("no HTTP error for status " + status), e.getMessage());
  }

  @Test
  void aDescriptionIsShownEscapedWithLineBreaks() {
    HttpException error = assertThrows(HttpException.class,
        () -> Abort.abort(403, "<b>Tom & Jerry</b> may not\nenter"));
    assertTrue(text(Response.forError(error, BROWSER)).contains(
        "<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt; may not<br>enter</p>"));
    assertEquals("<b>Tom & Jerry</b> may not\nenter",
        ((Map<?, ?>) Json.read(bytes(Response.forError(error, API)))).get("description"));
  }

  @ParameterizedTest(name = "Accept: {0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "application/json | application/json",
      "application/json, text/html;q=0.5 | application/json",
      "application/*, text/html;q=0.1 | application/json",
      "text/html, application/json | text/html; charset=utf-8",
      "application/json;q=0.5, text/html | text/html; charset=utf-8",
      "*/* | text/html; charset=utf-8",
      "text/plain | text/html; charset=utf-8",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html; charset=utf-8"})
  void jsonOnlyWhenAcceptPrefersItToHtml(String accept, String contentType) {
    Response response = Response.forError(new NotFound(), HeaderList.of("Accept", accept));
    assertEquals(contentType, response.header("Content-Type"));
  }

  @Test
  void methodNotAllowedListsTheAllowedMethods() {
    Response response = Response.forError(
        new MethodNotAllowed(List.of("GET", "HEAD", "OPTIONS")), HeaderList.empty());
    assertEquals(405, response.status());
    assertEquals("GET, HEAD, OPTIONS", response.header("Allow"));
  }

  @Test
  void anInternalServerErrorKeepsTheOriginalException() {
    IllegalStateException original = new IllegalStateException("boom");
    InternalServerError error = new InternalServerError(original);
    assertEquals(original, error.originalException());
    assertEquals(HttpStatus.INTERNAL_SERVER_ERROR.description(), error.description());
  }

  static byte[] bytes(Response response) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      dev.carafe.gateway.Body body = response.body();
      if (body instanceof dev.carafe.gateway.Body.Bytes) {
        dev.carafe.gateway.Body.Bytes b = (dev.carafe.gateway.Body.Bytes) body;
        out.write(b.data(), b.offset(), b.length());
      } else if (body instanceof dev.carafe.gateway.Body.Stream) {
        ((dev.carafe.gateway.Body.Stream) body).writer().writeTo(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static String text(Response response) {
    return new String(bytes(response), StandardCharsets.UTF_8);
  }
}
