package dev.carafe.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.server.Server;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tea shop's static folder over real HTTP, as a browser meets it: the page links the
 * stylesheet by its fingerprinted URL, which is kept for a year; the plain name is revalidated;
 * a client that accepts Brotli or gzip gets the precompressed file; and a request line that
 * climbs out of the folder (sent raw, as no browser would send it) never gets a file.
 */
class StaticFilesServerTest {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private static Server server;

  @BeforeAll
  static void start() {
    server = Server.builder(TeaShopApp.create()).host("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<byte[]> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
        .timeout(Duration.ofSeconds(10));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = StaticFilesServerTest.class.getResourceAsStream("/static/" + name)) {
      return in.readAllBytes();
    }
  }

  /** The stylesheet's URL as the home page links it. */
  private static String stylesheet() throws Exception {
    String page = new String(get("/").body(), StandardCharsets.UTF_8);
    Matcher link = Pattern.compile("<link rel=stylesheet href=\"([^\"]+)\">").matcher(page);
    assertTrue(link.find(), page);
    return link.group(1);
  }

  @Test
  void thePageLinksTheStylesheetByAFingerprintedUrlKeptForAYear() throws Exception {
    String url = stylesheet();
    assertTrue(url.matches("/static/shop\\.[0-9a-f]{12}\\.css"), url);
    HttpResponse<byte[]> response = get(url);
    assertEquals(200, response.statusCode());
    assertEquals("text/css; charset=utf-8", response.headers().firstValue("Content-Type").orElse(null));
    assertEquals("public, max-age=31536000, immutable",
        response.headers().firstValue("Cache-Control").orElse(null));
    assertArrayEquals(resource("shop.css"), response.body());
  }

  @Test
  void thePlainNameIsRevalidatedWithItsTag() throws Exception {
    HttpResponse<byte[]> response = get("/static/shop.css");
    assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(null));
    String etag = response.headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> again = get("/static/shop.css", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertEquals(0, again.body().length);
  }

  @Test
  void aClientThatAcceptsCompressionGetsThePrecompressedFile() throws Exception {
    HttpResponse<byte[]> brotli = get(stylesheet(), "Accept-Encoding", "gzip, deflate, br");
    assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null));
    assertEquals("Accept-Encoding", brotli.headers().firstValue("Vary").orElse(null));
    assertArrayEquals(resource("shop.css.br"), brotli.body());
    HttpResponse<byte[]> gzip = get("/static/shop.css", "Accept-Encoding", "gzip");
    assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null));
    assertArrayEquals(resource("shop.css.gz"), gzip.body());
    HttpResponse<byte[]> ranged = get("/static/shop.css", "Accept-Encoding", "gzip", "Range", "bytes=0-1");
    assertEquals(206, ranged.statusCode());
    // The gzip member's magic number: the range is of the representation sent.
    assertArrayEquals(new byte[] {0x1f, (byte) 0x8b}, ranged.body());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/static/../../pom.xml          | HTTP/1.1 404 Not Found",
      "/static/%2e%2e/%2e%2e/pom.xml  | HTTP/1.1 404 Not Found",
      "/static/..%2f..%2fpom.xml      | HTTP/1.1 404 Not Found",
      "/static/shop.css%00.txt        | HTTP/1.1 404 Not Found",
      "/static/NUL                    | HTTP/1.1 404 Not Found",
      // Undertow refuses a backslash in the request line before routing.
      "/static/..\\..\\pom.xml        | HTTP/1.1 400 Bad Request",
      // Merged to /static/etc/passwd by the slash redirect, which is a 404 in turn.
      "/static//etc/passwd            | HTTP/1.1 308 Permanent Redirect",
  })
  void aRequestLineThatClimbsOutOfTheFolderIsNeverAnswered(String target, String expected)
      throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      String status = answer.substring(0, answer.indexOf("\r\n"));
      assertEquals(expected, status, target);
      assertTrue(!answer.contains("<artifactId>") && !answer.contains("root:"), target);
    }
  }
}
