package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.Invoker;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The temporary files of uploads are deleted whatever happens: after the handler answered, after
 * a 400 or 413 half-way through the body, after the handler threw. Counted in the folder the
 * parser spools to ({@code java.io.tmpdir}, this build's own in the tests: see the pom).
 */
class UploadCleanupTest {
  private static final byte[] LARGE = new byte[Multipart.SPOOL_THRESHOLD + 1];
  private static final Path SPOOL = Path.of(System.getProperty("java.io.tmpdir"));

  private long before;

  @BeforeEach
  void countSpooledFiles() {
    before = spooledFiles();
  }

  private static long spooledFiles() {
    try (Stream<Path> files = Files.list(SPOOL)) {
      return files.filter(f -> f.getFileName().toString().startsWith("carafe-upload-")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestResponse post(Invoker invoker, RequestLimits limits, byte[] body) {
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null, invoker))
        .withLimits(limits);
    return new TestClient(app).request("POST", "/upload")
        .header("Content-Type", MultipartBody.TYPE).body(body).send();
  }

  @Test
  void aSpooledFileLivesUntilTheRequestIsOver() {
    long[] during = new long[1];
    TestResponse response = post(request -> {
      UploadedFile file = request.file("a");
      during[0] = spooledFiles();
      return Response.text(file.size() + " " + file.spooled());
    }, RequestLimits.defaults(), new MultipartBody().file("a", "a.bin", "x/y", LARGE).end());

    assertEquals(LARGE.length + " true", response.text());
    assertEquals(before + 1, during[0]);
    assertEquals(before, spooledFiles());
  }

  @Test
  void aTooLargeFormHalfWayThroughLeavesNoFile() {
    byte[] body = new MultipartBody().file("a", "a.bin", "x/y", LARGE)
        .file("b", "b.bin", "x/y", LARGE).field("c", "one part too many").end();

    TestResponse response = post(request -> Response.text(request.form().toString()),
        RequestLimits.defaults().withMaxFormParts(2), body);

    assertEquals(413, response.status());
    assertEquals(before, spooledFiles());
  }

  @Test
  void aBodyOverTheLimitInsideASpooledFileLeavesNoFile() {
    byte[] body = new MultipartBody().file("a", "a.bin", "x/y", LARGE)
        .file("b", "b.bin", "x/y", LARGE).end();

    TestResponse response = post(request -> Response.text(request.form().toString()),
        RequestLimits.defaults().withMaxContentLength(LARGE.length * 3L / 2), body);

    assertEquals(413, response.status());
    assertEquals(before, spooledFiles());
  }

  @Test
  void aBodyCutOffInsideASpooledFileLeavesNoFile() {
    byte[] body = new MultipartBody().file("a", "a.bin", "x/y", LARGE)
        .file("b", "b.bin", "x/y", LARGE).cut();

    TestResponse response = post(request -> Response.text(request.form().toString()),
        RequestLimits.defaults(), java.util.Arrays.copyOf(body, body.length - 10));

    assertEquals(400, response.status());
    assertEquals(before, spooledFiles());
  }

  @Test
  void aHandlerThatThrowsLeavesNoFile() {
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse response = post(request -> {
        request.files();
        throw new IllegalStateException("the handler failed");
      }, RequestLimits.defaults(), new MultipartBody().file("a", "a.bin", "x/y", LARGE).end());

      assertEquals(500, response.status());
      assertEquals("Exception on /upload [POST]", log.records().get(0).getMessage());
    }
    assertEquals(before, spooledFiles());
  }
}
