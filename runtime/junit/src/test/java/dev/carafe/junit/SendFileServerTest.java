package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.carafe.TestApps;
import dev.carafe.files.SendFile;
import dev.carafe.internal.lifecycle.Lifecycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SendFile} over real HTTP through Undertow: every conditional and range rule as a client
 * sees it on the wire, and {@code sendFromDirectory}'s refusals as 404.
 */
class SendFileServerTest {
  private static final Path FOLDER = folder();
  private static final String DATE = "Tue, 02 Jan 2024 03:04:05 GMT";
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(() -> TestApps.app(Lifecycle.none(),
      TestApps.get("file", "/file", r -> SendFile.sendFile(FOLDER.resolve("hello.txt"))),
      TestApps.get("static", "/static/<name>",
          r -> SendFile.sendFromDirectory(FOLDER, r.pathParams().string(0)))));

  private static Path folder() {
    try {
      Path root = Files.createTempDirectory("carafe-sendfile");
      Files.writeString(root.resolve("secret.txt"), "secret");
      Path folder = Files.createDirectories(root.resolve("static"));
      Path hello = Files.writeString(folder.resolve("hello.txt"), "Hello World");
      Files.setLastModifiedTime(hello, FileTime.from(Instant.parse("2024-01-02T03:04:05Z")));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> send(URI base, String method, String path,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String etag(URI base) throws IOException, InterruptedException {
    return send(base, "GET", "/file").headers().firstValue("ETag").orElseThrow();
  }

  @Test
  void theWholeFileWithFlasksHeaders(URI base) throws Exception {
    HttpResponse<String> response = send(base, "GET", "/file");
    assertEquals(200, response.statusCode());
    assertEquals("Hello World", response.body());
    assertEquals("11", response.headers().firstValue("Content-Length").orElse(null));
    assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").get());
    assertEquals(DATE, response.headers().firstValue("Last-Modified").get());
    assertEquals("no-cache", response.headers().firstValue("Cache-Control").get());
    assertEquals("bytes", response.headers().firstValue("Accept-Ranges").get());
    HttpResponse<String> head = send(base, "HEAD", "/file");
    assertEquals(200, head.statusCode());
    assertEquals("11", head.headers().firstValue("Content-Length").orElse(null));
    assertEquals("", head.body());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "Range | bytes=0-4     | 206 | bytes 0-4/11  | 5  | Hello",
      "Range | bytes=6-999   | 206 | bytes 6-10/11 | 5  | World",
      "Range | bytes=-5      | 206 | bytes 6-10/11 | 5  | World",
      "Range | bytes=10-     | 206 | bytes 10-10/11| 1  | d",
      "Range | bytes=11-     | 416 | bytes */11    | -  | -",
      "Range | bytes=0-1,3-4 | 416 | bytes */11    | -  | -",
      "Range | nonsense      | 416 | bytes */11    | -  | -",
      "If-Modified-Since | Tue, 02 Jan 2024 03:04:05 GMT | 304 | - | - | ''",
      "If-Modified-Since | Mon, 01 Jan 2024 00:00:00 GMT | 200 | - | 11 | Hello World",
      "If-None-Match | \"other\" | 200 | - | 11 | Hello World",
      "If-None-Match | *         | 304 | - | -  | ''",
      "If-Match      | \"other\" | 412 | - | 11 | Hello World",
  })
  void oneHeader(String name, String value, int status, String contentRange, String length,
      String body, URI base) throws Exception {
    HttpResponse<String> response = send(base, "GET", "/file", name, value);
    assertEquals(status, response.statusCode());
    assertEquals(contentRange, response.headers().firstValue("Content-Range").orElse(null));
    if (length != null) {
      assertEquals(length, response.headers().firstValue("Content-Length").orElse(null));
    }
    if (body != null) {
      assertEquals(body, response.body());
    }
  }

  @Test
  void validatorsWithTheFilesOwnTag(URI base) throws Exception {
    String etag = etag(base);
    HttpResponse<String> notModified = send(base, "GET", "/file", "If-None-Match", etag);
    assertEquals(304, notModified.statusCode());
    assertNull(notModified.headers().firstValue("Content-Type").orElse(null));
    assertEquals(etag, notModified.headers().firstValue("ETag").orElse(null));
    assertEquals(304, send(base, "GET", "/file", "If-None-Match", "W/" + etag).statusCode());
    assertEquals(200, send(base, "GET", "/file", "If-Match", etag).statusCode());
    assertEquals(206,
        send(base, "GET", "/file", "Range", "bytes=0-4", "If-Range", etag).statusCode());
    assertEquals(206,
        send(base, "GET", "/file", "Range", "bytes=0-4", "If-Range", DATE).statusCode());
    HttpResponse<String> stale = send(base, "GET", "/file", "Range", "bytes=0-4",
        "If-Range", "\"old\"");
    assertEquals(200, stale.statusCode());
    assertEquals("Hello World", stale.body());
    assertEquals(304, send(base, "HEAD", "/file", "If-None-Match", etag).statusCode());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/static/..%2Fsecret.txt", "/static/%2E%2E%2Fsecret.txt",
      "/static/..%5Csecret.txt", "/static/%2Fetc%2Fpasswd", "/static/CON", "/static/nul.txt", "/static/missing.txt", "/static/%2e%2e"})
  void aRefusedOrMissingNameIs404(String path, URI base) throws Exception {
    assertEquals(404, send(base, "GET", path).statusCode());
  }

  @Test
  void aNulInThePathIsRefusedBeforeAnyFileIsLookedUp(URI base) throws Exception {
    assertEquals(400, send(base, "GET", "/static/hello.txt%00.png").statusCode());
  }

  @Test
  void aNameInsideIsServed(URI base) throws Exception {
    assertEquals("Hello World", send(base, "GET", "/static/hello.txt").body());
  }
}
