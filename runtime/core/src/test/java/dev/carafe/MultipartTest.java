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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * multipart/form-data bodies: fields, files in memory and spooled, parameters of
 * Content-Disposition, malformed bodies. The hostile ones (Werkzeug's CVEs) are in
 * {@link MultipartLimitsTest}.
 */
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
  void aPartWithoutANameIsSkipped() {
    byte[] nameless = ("--XyZ\r\nContent-Disposition: form-data\r\n\r\nvalue\r\n"
        + "--XyZ\r\nContent-Type: text/plain\r\n\r\nno disposition\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; filename=\"a.txt\"\r\n\r\nfile\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nhello\r\n--XyZ--")
        .getBytes(StandardCharsets.US_ASCII);
    TestResponse response = post(request -> Response.text(request.form() + " "
        + request.files().keySet()), nameless);
    assertEquals(200, response.status());
    assertEquals("{title=[hello]} []", response.text());
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

  private static TestResponse upload(byte[] body) {
    return post(MultipartTest::describe, body);
  }

  /**
   * The form and files as a handler sees them: fields, then each file's name, type, size and its
   * first 32 bytes as text.
   */
  static Response describe(Request request) {
    StringBuilder out = new StringBuilder().append(request.form());
    request.files().forEach((field, files) -> files.forEach(file -> out.append(' ')
        .append(field).append("=[").append(file.filename()).append('|')
        .append(file.contentType()).append('|').append(file.size()).append('|')
        .append(start(file)).append(']')));
    return Response.text(out.toString());
  }

  private static String start(UploadedFile file) {
    try (InputStream in = file.inputStream()) {
      return new String(in.readNBytes(32), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFileNameMayHoldASemicolonInQuotes() {
    TestResponse response = upload(new MultipartBody()
        .file("doc", "a;b.txt", "text/plain", MultipartBody.utf8("x")).end());
    assertEquals("{} doc=[a;b.txt|text/plain|1|x]", response.text());
  }

  @Test
  void theExtendedFileNameWinsWhereverItStands() {
    for (String disposition : new String[] {
        "form-data; name=\"doc\"; filename=\"euro.txt\"; filename*=UTF-8''%E2%82%AC.txt",
        "form-data; name=\"doc\"; filename*=utf-8''%E2%82%AC.txt; filename=\"euro.txt\""}) {
      TestResponse response = upload(new MultipartBody()
          .part("Content-Disposition: " + disposition, MultipartBody.utf8("x")).end());
      assertEquals("{} doc=[\u20ac.txt|application/octet-stream|1|x]", response.text(),
          disposition);
    }
  }

  @Test
  void extendedContinuationsAreJoinedBeforeTheyAreDecoded() {
    TestResponse response = upload(new MultipartBody().part("Content-Disposition: form-data;"
        + " name=\"doc\"; filename*0*=utf-8''%E2%82; filename*1*=%AC; filename*2=\".txt\"",
        MultipartBody.utf8("x")).end());
    assertEquals("{} doc=[\u20ac.txt|application/octet-stream|1|x]", response.text());
  }

  @Test
  void anExtendedFileNameWithoutACharsetWerkzeugReadsStaysAsSent() {
    TestResponse response = upload(new MultipartBody()
        .part("Content-Disposition: form-data; name=\"a\"; filename*=koi8-r''%ff.txt",
            new byte[0])
        .part("Content-Disposition: form-data; name=\"b\"; filename*=%E2%82%AC.txt", new byte[0])
        .end());
    assertEquals("{} a=[%ff.txt|application/octet-stream|0|]"
        + " b=[%E2%82%AC.txt|application/octet-stream|0|]", response.text());
  }

  @Test
  void quotesInAFileNameAreUnescapedAsBrowsersAndHttpEscapeThem() {
    TestResponse response = upload(new MultipartBody()
        .file("a", "say \\\"hi\\\".txt", "text/plain", new byte[0])
        .file("b", "say %22hi%22.txt", "text/plain", new byte[0]).end());
    assertEquals("{} a=[say \"hi\".txt|text/plain|0|] b=[say \"hi\".txt|text/plain|0|]",
        response.text());
  }

  @Test
  void anEmptyFileInputIsAFileWithNoNameAndNoBytes() {
    TestResponse response = upload(new MultipartBody().field("title", "t")
        .file("doc", "", "application/octet-stream", new byte[0]).end());
    assertEquals("{title=[t]} doc=[|application/octet-stream|0|]", response.text());
  }

  @Test
  void aNestedMultipartPartIsKeptAsItsBytes() {
    String inner = "--Inner\r\nContent-Disposition: file; filename=\"a.txt\"\r\n\r\nA\r\n"
        + "--Inner--";
    TestResponse response = upload(new MultipartBody()
        .part("Content-Disposition: form-data; name=\"files\"\r\n"
            + "Content-Type: multipart/mixed; boundary=Inner", MultipartBody.utf8(inner)).end());
    assertEquals("{files=[" + inner + "]}", response.text());
  }

  @Test
  void transportPaddingFoldedHeadersAndBareLineFeedsAreRead() {
    byte[] body = ("--XyZ  \t\r\nContent-Disposition: form-data;\r\n name=\"a\"\n\nv\r\n"
        + "--XyZ--").getBytes(StandardCharsets.US_ASCII);
    assertEquals("{a=[v]}", upload(body).text());
  }

  @Test
  void aFieldIsReadInTheCharsetItsPartNames() {
    ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
    latin1.writeBytes(MultipartBody.utf8("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n"
        + "Content-Type: text/plain; charset=ISO-8859-1\r\n\r\n"));
    latin1.write(0xe9);
    latin1.writeBytes(MultipartBody.utf8("\r\n--XyZ--"));
    assertEquals("{a=[\u00e9]}", upload(latin1.toByteArray()).text());
  }

  @Test
  void aQuotedBoundaryIsRead() {
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null,
        MultipartTest::describe));
    TestResponse response = new TestClient(app).request("POST", "/upload")
        .header("Content-Type", "multipart/form-data; boundary=\"a b;c\"")
        .body("--a b;c\r\nContent-Disposition: form-data; name=x\r\n\r\n1\r\n--a b;c--").send();
    assertEquals("{x=[1]}", response.text());
  }

  @Test
  void aBoundaryOfMoreThanSeventyCharactersIs400() {
    App app = app(Lifecycle.none(), endpoint("upload", "/upload", "POST", null,
        MultipartTest::describe));
    String boundary = "b".repeat(71);
    TestResponse response = new TestClient(app).request("POST", "/upload")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .body("--" + boundary + "--").send();
    assertEquals(400, response.status());
    assertTrue(response.text().contains("boundary of 1 to 70"), response.text());
  }

  @Test
  void aBodyCutInsideTheHeadersOfAPartIs400() {
    TestResponse response = upload(new MultipartBody()
        .raw("--XyZ\r\nContent-Disposition: form-data; na").cut());
    assertEquals(400, response.status());
    assertTrue(response.text().contains("ended inside the headers"), response.text());
  }

  @Test
  void aBoundaryFollowedByOtherTextIs400() {
    TestResponse response = upload(new MultipartBody().field("a", "1").raw("--XyZ!!").cut());
    assertEquals(400, response.status());
    assertTrue(response.text().contains("neither a line break nor"), response.text());
  }

  @Test
  void partHeadersLongerThanTheirLimitAre413() {
    TestResponse response = upload(new MultipartBody().part("Content-Disposition: form-data;"
        + " name=\"a\"; x=\"" + "x".repeat(Multipart.MAX_PART_HEADERS) + "\"",
        MultipartBody.utf8("v")).end());
    assertEquals(413, response.status());
    assertTrue(response.text().contains("headers of a part"), response.text());
  }
}
