package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hostile multipart bodies, the shapes of Werkzeug's multipart CVEs among them: each is answered
 * 413 (or parsed right) after reading no more of the body than the limits allow, shown by counting
 * what the parser read from a body made as it is read. No timings: a bound on bytes read is a
 * bound on work and memory.
 */
class MultipartLimitsTest {
  /** Slack for what is read ahead: the parser's buffer and the body stream's one extra byte. */
  private static final long READ_AHEAD = MultipartInput.BUFFER_SIZE + 1;

  private static TestResponse post(RequestLimits limits, InputStream body) {
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null,
        MultipartTest::describe)).withLimits(limits);
    return new TestClient(app).request("POST", "/upload")
        .header("Content-Type", MultipartBody.TYPE).body(body).send();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** CVE-2023-25577: a body of endless tiny parts stops at the part limit. */
  @Test
  void endlessPartsStopAtThePartLimitWith413() {
    byte[] emptyField = ascii("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n");
    GeneratedBody body = GeneratedBody.endless(new byte[0], emptyField);

    TestResponse response = post(RequestLimits.defaults().withMaxContentLength(Long.MAX_VALUE),
        body);

    assertEquals(413, response.status());
    assertTrue(response.text().contains("more than 1000 fields"), response.text());
    assertTrue(body.consumed() <= 1001L * emptyField.length + READ_AHEAD, body.consumed() + "");
  }

  /** CVE-2023-46136: a file that starts with a line break, then megabytes without one. */
  @Test
  void aFileOfMegabytesWithoutALineBreakIsReadInOnePass() {
    long size = 20L * 1024 * 1024;
    GeneratedBody body = new GeneratedBody(
        ascii("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n\r\n"),
        ascii("a"), size, ascii("\r\n--XyZ--\r\n"));

    TestResponse response = post(RequestLimits.defaults().withMaxContentLength(64L << 20),
        new InputStreamWithoutReadAhead(body));

    assertEquals(200, response.status(), response.text());
    assertTrue(response.text().startsWith("{} f=[f.bin|application/octet-stream|" + (size + 2)
        + "|\r\naaaa"), response.text());
  }

  /** The same file over the body limit: 413 once the limit is passed, the rest never read. */
  @Test
  void aFileOverTheBodyLimitIs413WithoutReadingTheRest() {
    GeneratedBody body = GeneratedBody.endless(
        ascii("--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f.bin\"\r\n\r\n\r\n"),
        ascii("a"));

    TestResponse response = post(RequestLimits.defaults().withMaxContentLength(1 << 20), body);

    assertEquals(413, response.status());
    assertEquals((1 << 20) + 1, body.consumed());
  }

  /** CVE-2023-46136 as a text field: held in memory, so stopped at the form memory limit. */
  @Test
  void aFieldOfMegabytesWithoutALineBreakStopsAtTheFormMemoryLimit() {
    GeneratedBody body = GeneratedBody.endless(
        ascii("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n\r\n"), ascii("a"));

    TestResponse response = post(RequestLimits.defaults().withMaxContentLength(Long.MAX_VALUE),
        body);

    assertEquals(413, response.status());
    assertTrue(response.text().contains("fields are larger than the 500000 bytes"),
        response.text());
    assertTrue(body.consumed() <= 500_000 + 2 * READ_AHEAD, body.consumed() + "");
  }

  /**
   * CVE-2024-49767: many fields, each under the limit, are counted together, so what the fields
   * hold in memory never passes the form memory limit.
   */
  @Test
  void manyFieldsAreCountedTogetherAgainstTheFormMemoryLimit() {
    String value = "v".repeat(1000);
    byte[] field = ascii("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n" + value
        + "\r\n");
    GeneratedBody body = GeneratedBody.endless(new byte[0], field);

    TestResponse response = post(RequestLimits.defaults().withMaxContentLength(Long.MAX_VALUE)
        .withMaxFormMemory(100_000), body);

    assertEquals(413, response.status());
    assertTrue(response.text().contains("fields are larger than the 100000 bytes"),
        response.text());
    assertTrue(body.consumed() <= 101L * field.length + READ_AHEAD, body.consumed() + "");
  }

  @Test
  void manySmallFilesPastThePartLimitAre413() {
    MultipartBody body = new MultipartBody();
    for (int i = 0; i < 11; i++) {
      body.file("f" + i, i + ".txt", "text/plain", ascii("file " + i));
    }
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null,
        MultipartTest::describe)).withLimits(RequestLimits.defaults().withMaxFormParts(10));
    TestClient client = new TestClient(app);

    TestResponse response = client.request("POST", "/upload")
        .header("Content-Type", MultipartBody.TYPE).body(body.end()).send();

    assertEquals(413, response.status());
    assertTrue(response.text().contains("more than 10 fields"), response.text());
  }

  /** MAX_CONTENT_LENGTH: an endless chunked body is cut one byte past the limit. */
  @Test
  void anEndlessBodyIs413OneBytePastTheContentLimit() {
    GeneratedBody body = GeneratedBody.endless(ascii("--XyZ\r\n"), ascii("x"));

    TestResponse response = post(RequestLimits.defaults().withMaxContentLength(10_000), body);

    assertEquals(413, response.status());
    assertTrue(response.text().contains("larger than the 10000 bytes"), response.text());
    assertEquals(10_001, body.consumed());
  }

  /** A body that announces more than the limit is answered before a byte of it is read. */
  @Test
  void aBodyThatAnnouncesMoreThanTheLimitIs413BeforeItIsRead() {
    GeneratedBody body = GeneratedBody.endless(new byte[0], ascii("x"));
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null,
        MultipartTest::describe)).withLimits(RequestLimits.defaults().withMaxContentLength(1000));

    TestResponse response = new TestClient(app).request("POST", "/upload")
        .header("Content-Type", MultipartBody.TYPE).header("Content-Length", "1000000000")
        .body(body).send();

    assertEquals(413, response.status());
    assertEquals(0, body.consumed());
  }

  /** Hands out what a socket would, a little at a time, so delimiters straddle reads. */
  private static final class InputStreamWithoutReadAhead extends InputStream {
    private final InputStream in;
    private int turn;

    InputStreamWithoutReadAhead(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws java.io.IOException {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
      // Odd sizes, from 1 byte to about 16 kB, as TCP segments arrive.
      int size = 1 + (turn++ * 7919) % 16_000;
      return in.read(buffer, offset, Math.min(length, size));
    }
  }
}
