package dev.carafe.files;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.config.Config;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SendFile} through the in-process client: Flask's {@code send_file} headers, every
 * conditional and range rule, and {@code send_from_directory}'s refusals as 404.
 */
class SendFileTest {
  private static final Instant MTIME = Instant.parse("2024-01-02T03:04:05Z");
  private static final String DATE = "Tue, 02 Jan 2024 03:04:05 GMT";

  @TempDir
  Path temp;
  Path folder;
  Path hello;

  @BeforeEach
  void files() throws IOException {
    folder = Files.createDirectories(temp.resolve("static"));
    hello = Files.writeString(folder.resolve("hello.txt"), "Hello World");
    Files.setLastModifiedTime(hello, FileTime.from(MTIME));
  }

  private TestClient serving(Function<Request, Response> handler) {
    return serving(Config.defaults(), handler);
  }

  private TestClient serving(Config config, Function<Request, Response> handler) {
    return new TestClient(app(Lifecycle.none(), get("file", "/file", handler::apply),
        get("static", "/static/<name>",
            request -> SendFile.sendFromDirectory(folder, request.pathParams().string(0))))
        .withConfig(config));
  }

  private TestResponse fetch(TestClient client, String... headers) {
    var request = client.request("GET", "/file");
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return request.send();
  }

  private String etag() {
    return serving(r -> SendFile.sendFile(hello)).get("/file").header("ETag");
  }

  @Test
  void aFileIsSentWithFlasksHeaders() {
    TestResponse response = serving(r -> SendFile.sendFile(hello)).get("/file");
    assertEquals(200, response.status());
    assertEquals("Hello World", response.text());
    assertEquals("text/plain; charset=utf-8", response.header("Content-Type"));
    assertEquals("11", response.header("Content-Length"));
    assertEquals(DATE, response.header("Last-Modified"));
    assertEquals("no-cache", response.header("Cache-Control"));
    assertEquals("bytes", response.header("Accept-Ranges"));
    assertEquals("inline; filename=hello.txt", response.header("Content-Disposition"));
    assertNull(response.header("Expires"));
    String path = hello.toAbsolutePath().normalize().toString();
    java.util.zip.Adler32 check = new java.util.zip.Adler32();
    check.update(path.getBytes(StandardCharsets.UTF_8));
    assertEquals("\"1704164645.0-11-" + check.getValue() + "\"", response.header("ETag"));
  }

  @Test
  void theBodyIsAFileRegionForTheServerToTransfer() {
    var response = Conditional.whole(
        new FileRepresentation(hello, 11, java.util.Optional.empty(),
            java.util.Optional.empty(), "text/plain"), dev.carafe.gateway.HeaderList.empty());
    assertTrue(response.body() instanceof dev.carafe.gateway.Body.FileRegion);
    TestResponse ranged = fetch(serving(r -> {
      Response sent = SendFile.sendFile(hello);
      assertEquals(new dev.carafe.gateway.Body.FileRegion(hello.toAbsolutePath().normalize(), 6, 5),
          sent.body());
      return sent;
    }), "Range", "bytes=6-");
    assertEquals("World", ranged.text());
  }

  @Test
  void rangesArePartialContent() {
    TestClient client = serving(r -> SendFile.sendFile(hello));
    TestResponse first = fetch(client, "Range", "bytes=0-4");
    assertEquals(206, first.status());
    assertEquals("Hello", first.text());
    assertEquals("bytes 0-4/11", first.header("Content-Range"));
    assertEquals("5", first.header("Content-Length"));
    TestResponse suffix = fetch(client, "Range", "bytes=-5");
    assertEquals("World", suffix.text());
    assertEquals("bytes 6-10/11", suffix.header("Content-Range"));
    assertEquals("World", fetch(client, "Range", "bytes=6-999").text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bytes=11-", "bytes=0-1,3-4", "bytes=-", "items=0-1", "nonsense",
      "bytes=-12", "bytes=99999999999999999999999-"})
  void anUnsatisfiableRangeIs416WithTheLength(String range) {
    TestResponse response = fetch(serving(r -> SendFile.sendFile(hello)), "Range", range);
    assertEquals(416, response.status());
    assertEquals("bytes */11", response.header("Content-Range"));
  }

  @Test
  void ifRangeKeepsTheRangeOnlyWhileTheFileIsTheSame() {
    TestClient client = serving(r -> SendFile.sendFile(hello));
    assertEquals(206, fetch(client, "Range", "bytes=0-4", "If-Range", etag()).status());
    assertEquals(206, fetch(client, "Range", "bytes=0-4", "If-Range", DATE).status());
    TestResponse stale = fetch(client, "Range", "bytes=0-4", "If-Range", "\"old\"");
    assertEquals(200, stale.status());
    assertEquals("Hello World", stale.text());
    assertEquals(200, fetch(client, "Range", "bytes=0-4", "If-Range",
        "Mon, 01 Jan 2024 00:00:00 GMT").status());
  }

  @Test
  void revalidationIs304WithoutTheBodyHeaders() {
    TestClient client = serving(r -> SendFile.sendFile(hello));
    for (String[] headers : new String[][] {{"If-None-Match", etag()},
        {"If-None-Match", "W/" + etag()}, {"If-None-Match", "*"}, {"If-Modified-Since", DATE}}) {
      TestResponse response = fetch(client, headers);
      assertEquals(304, response.status(), headers[1]);
      assertEquals("", response.text());
      assertNull(response.header("Content-Type"));
      assertNull(response.header("Content-Length"));
      assertNull(response.header("Last-Modified"));
      assertEquals(etag(), response.header("ETag"));
    }
    TestResponse head = client.request("HEAD", "/file").header("If-None-Match", etag()).send();
    assertEquals(304, head.status());
    assertNull(head.header("Content-Length"));
    assertEquals(200, fetch(client, "If-None-Match", "\"other\"").status());
    assertEquals(200, fetch(client, "If-Modified-Since", "Mon, 01 Jan 2024 00:00:00 GMT").status());
  }

  @Test
  void ifMatchFailingIs412() {
    TestClient client = serving(r -> SendFile.sendFile(hello));
    assertEquals(412, fetch(client, "If-Match", "\"other\"").status());
    assertEquals(200, fetch(client, "If-Match", etag()).status());
  }

  @Test
  void headHasTheLengthAndNoBody() {
    TestResponse head = serving(r -> SendFile.sendFile(hello)).head("/file");
    assertEquals(200, head.status());
    assertEquals("11", head.header("Content-Length"));
    assertEquals("", head.text());
  }

  @Test
  void anEmptyFileIgnoresRanges() throws IOException {
    Path empty = Files.write(folder.resolve("empty.bin"), new byte[0]);
    TestResponse response = fetch(serving(r -> SendFile.sendFile(empty)), "Range", "bytes=0-10");
    assertEquals(200, response.status());
    assertEquals("0", response.header("Content-Length"));
    assertEquals("application/octet-stream", response.header("Content-Type"));
  }

  @Test
  void optionsAsFlasks() {
    TestResponse response = serving(r -> SendFile.file(hello).mimetype("application/x-thing")
        .asAttachment().downloadName("Bericht für März.txt").etag("v1")
        .lastModified(Instant.parse("2020-01-01T00:00:00Z")).maxAge(Duration.ofSeconds(60))
        .send()).get("/file");
    assertEquals("application/x-thing", response.header("Content-Type"));
    assertEquals("attachment; filename=\"Bericht fur Marz.txt\"; "
        + "filename*=UTF-8''Bericht%20f%C3%BCr%20M%C3%A4rz.txt",
        response.header("Content-Disposition"));
    assertEquals("\"v1\"", response.header("ETag"));
    assertEquals("Wed, 01 Jan 2020 00:00:00 GMT", response.header("Last-Modified"));
    assertEquals("public, max-age=60", response.header("Cache-Control"));
    assertTrue(response.header("Expires").endsWith(" GMT"));

    TestResponse plain = serving(r -> SendFile.file(hello).etag(false).conditional(false).send())
        .request("GET", "/file").header("If-Modified-Since", DATE).header("Range", "bytes=0-1")
        .send();
    assertEquals(200, plain.status());
    assertNull(plain.header("ETag"));
    assertNull(plain.header("Accept-Ranges"));
    assertThrows(IllegalArgumentException.class, () -> SendFile.file(hello).etag("a\"b"));
  }

  @Test
  void theConfiguredMaxAgeAppliesAndZeroKeepsNoCache() {
    Config config = Config.builder().set(Config.SEND_FILE_MAX_AGE_DEFAULT, Duration.ofHours(1))
        .build();
    assertEquals("public, max-age=3600",
        serving(config, r -> SendFile.sendFile(hello)).get("/file").header("Cache-Control"));
    assertEquals("no-cache, max-age=0", serving(r -> SendFile.file(hello).maxAge(Duration.ZERO)
        .send()).get("/file").header("Cache-Control"));
  }

  @Test
  void typesComeFromTheDownloadNameAndCompressionIsAnEncoding() throws IOException {
    Path script = Files.writeString(folder.resolve("app.js.gz"), "x");
    TestResponse inline = serving(r -> SendFile.sendFile(script)).get("/file");
    assertEquals("text/javascript; charset=utf-8", inline.header("Content-Type"));
    assertEquals("gzip", inline.header("Content-Encoding"));
    TestResponse saved = serving(r -> SendFile.file(script).asAttachment().send()).get("/file");
    assertNull(saved.header("Content-Encoding"));
    assertEquals("image/svg+xml; charset=utf-8", serving(r -> SendFile.file(hello)
        .downloadName("a.svg").send()).get("/file").header("Content-Type"));
    assertEquals("application/octet-stream", serving(r -> SendFile.file(hello)
        .downloadName("noext").send()).get("/file").header("Content-Type"));
  }

  @Test
  void sendFromDirectorySendsAFileInside() {
    TestResponse response = serving(r -> null).get("/static/hello.txt");
    assertEquals(200, response.status());
    assertEquals("Hello World", response.text());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"..", "../secret.txt", "/etc/passwd", "..\\secret.txt", "a\0b",
      "secret.txt\0.txt", "CON", "nul.txt", "COM1", "C:/Windows/win.ini", "", ".", "missing.txt",
      "sub", "link.txt", "up/secret.txt"})
  void aRefusedMissingOrFolderNameIs404(String name) throws IOException {
    Files.writeString(temp.resolve("secret.txt"), "secret");
    Files.createDirectories(folder.resolve("sub"));
    Files.createSymbolicLink(folder.resolve("link.txt"), temp.resolve("secret.txt"));
    Files.createSymbolicLink(folder.resolve("up"), temp);
    TestResponse response = serving(r -> SendFile.sendFromDirectory(folder, name)).get("/file");
    assertEquals(404, response.status(), name);
  }

  @Test
  void encodedTraversalInTheUrlIs404() throws IOException {
    Files.writeString(temp.resolve("secret.txt"), "secret");
    TestClient client = serving(r -> null);
    for (String path : new String[] {"/static/..%2Fsecret.txt", "/static/%2E%2E%2Fsecret.txt",
        "/static/..%5Csecret.txt", "/static/%2Fetc%2Fpasswd", "/static/CON", "/static/%2e%2e"}) {
      TestResponse response = client.get(path);
      assertEquals(404, response.status(), path);
    }
    // A NUL never reaches the file name: the router refuses the path first.
    assertEquals(400, client.get("/static/hello.txt%00.png").status());
  }

  @Test
  void aMissingFileIs404() {
    assertEquals(404, serving(r -> SendFile.sendFile(folder.resolve("gone.txt"))).get("/file")
        .status());
    assertEquals(404, serving(r -> SendFile.sendFile(folder)).get("/file").status());
  }
}
