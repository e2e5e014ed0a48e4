package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.Invoker;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** multipart/form-data bodies: fields, files in memory and spooled, limits, malformed bodies. */
class MultipartTest {
  private static final String TYPE = "multipart/form-data; boundary=XyZ";

  private static TestResponse post(Invoker invoker, RequestLimits limits, byte[] body) {
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null, invoker))
        .withLimits(limits);
    return new TestClient(app).request("POST", "/upload").header("Content-Type", TYPE)
        .body(body).send();
  }

  private static TestResponse post(Invoker invoker, byte[] body) {
    return post(invoker, RequestLimits.defaults(), body);
  }

  /** A body of parts, each {name, filename or null, content}. */
  private static byte[] body(Object[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("preamble to ignore\r\n".getBytes(StandardCharsets.US_ASCII));
    for (Object[] part : parts) {
      String head = "--XyZ\r\nContent-Disposition: form-data; name=\"" + part[0] + "\""
          + (part[1] == null ? "" : "; filename=\"" + part[1] + "\"\r\nContent-Type: text/plain")
          + "\r\n\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      out.writeBytes(part[2] instanceof byte[] ? (byte[]) part[2]
          : part[2].toString().getBytes(StandardCharsets.UTF_8));
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  @Test
  void fieldsAndFilesAreReadInOrder() {
    TestResponse response = post(request -> {
      UploadedFile file = request.file("doc");
      return Response.text(request.form() + " " + file.filename() + " " + file.contentType()
          + " " + new String(file.bytes(), StandardCharsets.UTF_8) + " " + file.spooled());
    }, body(new Object[] {"name", null, "Ada"}, new Object[] {"tag", null, "é"},
        new Object[] {"doc", "notes.txt", "line one\r\nline two"},
        new Object[] {"tag", null, ""}));
    assertEquals("{name=[Ada], tag=[é, ]} notes.txt text/plain line one\r\nline two false",
        response.text());
  }

  @Test
  void contentThatLooksLikeABoundaryIsKept() {
    String tricky = "\r\n--XyQ \r\n--Xy\r\n-XyZ--X";
    TestResponse response = post(request -> Response.text(request.form("field")),
        body(new Object[] {"field", null, tricky}));
    assertEquals(tricky, response.text());
  }

  @Test
  void aLargeFileIsSpooledToDiskAndDeletedWhenTheRequestIsOver() {
    byte[] large = new byte[Multipart.SPOOL_THRESHOLD + 12345];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) (i * 31);
    }
    UploadedFile[] kept = new UploadedFile[1];
    TestResponse response = post(request -> {
      kept[0] = request.file("blob");
      assertArrayEquals(large, kept[0].bytes());
      return Response.text(kept[0].size() + " " + kept[0].spooled());
    }, body(new Object[] {"blob", "blob.bin", large}));
    assertEquals(large.length + " true", response.text());
    assertThrows(UncheckedIOException.class, () -> kept[0].inputStream());
  }

  @Test
  void moreFieldsThanAllowedIs413() {
    TestResponse response = post(request -> Response.text(request.form().toString()),
        RequestLimits.defaults().withMaxFormParts(2),
        body(new Object[] {"a", null, "1"}, new Object[] {"b", null, "2"},
            new Object[] {"c", null, "3"}));
    assertEquals(413, response.status());
  }

  @Test
  void fieldsOverTheFormMemoryAre413ButFilesDoNotCount() {
    RequestLimits limits = RequestLimits.defaults().withMaxFormMemory(10);
    assertEquals(413, post(request -> Response.text(request.form().toString()), limits,
        body(new Object[] {"a", null, "12345678901"})).status());
    assertEquals(200, post(request -> Response.text(request.form().toString()), limits,
        body(new Object[] {"f", "f.txt", "a file longer than ten bytes"})).status());
  }

  @Test
  void aBodyOverTheContentLimitIs413() {
    assertEquals(413, post(request -> Response.text(request.form().toString()),
        RequestLimits.defaults().withMaxContentLength(64),
        body(new Object[] {"f", "f.txt", "x".repeat(200)})).status());
  }

  @Test
  void aBodyWithoutItsClosingBoundaryIs400() {
    byte[] cut = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue"
        .getBytes(StandardCharsets.US_ASCII);
    TestResponse response = post(request -> Response.text(request.form().toString()), cut);
    assertEquals(400, response.status());
    assertTrue(response.text().contains("ended before its closing boundary"), response.text());
  }

  @Test
  void aPartWithoutANameIs400() {
    byte[] nameless = "--XyZ\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n--XyZ--"
        .getBytes(StandardCharsets.US_ASCII);
    assertEquals(400, post(request -> Response.text(request.form().toString()), nameless)
        .status());
  }

  @Test
  void aMultipartTypeWithoutBoundaryIs400() {
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null,
        request -> Response.text(request.form().toString())));
    TestResponse response = new TestClient(app).request("POST", "/upload")
        .header("Content-Type", "multipart/form-data").body("x").send();
    assertEquals(400, response.status());
    assertFalse(response.text().isEmpty());
  }
}
