package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.json.Json;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same form bodies through the real Werkzeug (in {@code python3}, {@code werkzeug_forms.py})
 * and through Carafe: fields, files and the limits' 413 must agree. Only bodies both read as
 * well-formed: for a malformed one Werkzeug answers an empty form, Carafe 400. Skipped when
 * Werkzeug 3.1 is not importable.
 */
class FormWerkzeugTest {
  private static final String URLENCODED = "application/x-www-form-urlencoded";

  @BeforeAll
  static void werkzeugIsThere() {
    Object version;
    try {
      version = run("\"version\"");
    } catch (AssertionError | UncheckedIOException e) {
      version = null;
    }
    assumeTrue(version instanceof String && ((String) version).startsWith("3.1."),
        "Werkzeug 3.1 is not importable by python3");
  }

  @Test
  void multipartFormsReadAsWerkzeugReadsThem() {
    byte[] latin1Field = new MultipartBody().raw("--XyZ\r\nContent-Disposition: form-data;"
        + " name=\"l\"\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n").cut();
    byte[] latin1 = concat(latin1Field, new byte[] {(byte) 0xe9},
        MultipartBody.utf8("\r\n--XyZ--\r\n"));
    compare(MultipartBody.TYPE,
        new MultipartBody().field("a", "1").field("b", "\u00e9t\u00e9")
            .file("doc", "notes.txt", "text/plain", MultipartBody.utf8("line one\r\nline two"))
            .field("a", "2").end(),
        new MultipartBody().file("doc", "a;b.txt", "text/plain", MultipartBody.utf8("x")).end(),
        new MultipartBody().part("Content-Disposition: form-data; name=\"doc\";"
            + " filename=\"euro.txt\"; filename*=UTF-8''%E2%82%AC.txt", MultipartBody.utf8("x"))
            .end(),
        new MultipartBody().file("a", "say \\\"hi\\\".txt", "text/plain", new byte[0])
            .file("b", "say %22hi%22.txt", "text/plain", new byte[0]).end(),
        new MultipartBody().field("title", "t").file("doc", "", "application/octet-stream",
            new byte[0]).end(),
        new MultipartBody().part("Content-Disposition: form-data; name=\"files\"\r\n"
            + "Content-Type: multipart/mixed; boundary=Inner", MultipartBody.utf8(
                "--Inner\r\nContent-Disposition: file; filename=\"a.txt\"\r\n\r\nA\r\n--Inner--"))
            .end(),
        new MultipartBody().raw("a preamble\r\n").field("a", "\r\n--XyQ \r\n--Xy\r\n-XyZ--X")
            .end(),
        latin1,
        new MultipartBody().part("Content-Disposition: form-data", MultipartBody.utf8("x"))
            .part("Content-Disposition: form-data; filename=\"a.txt\"", MultipartBody.utf8("f"))
            .field("title", "hello").end(),
        new MultipartBody().field("big", "x".repeat(500_001)).end(),
        manyFields(1001));
  }

  @Test
  void urlEncodedFormsReadAsWerkzeugReadsThem() {
    compare(URLENCODED,
        MultipartBody.utf8("a=%FF&b=%zz&c=%E2%82%AC&d=1+2%2B3"),
        MultipartBody.utf8("=x&&&y&z=&a=b=c"),
        MultipartBody.utf8("a=%e2%82%ac%ff%41&%E2%82=1&%=%%41"),
        MultipartBody.utf8("big=" + "x".repeat(500_000)));
  }

  private static byte[] manyFields(int count) {
    MultipartBody body = new MultipartBody();
    for (int i = 0; i < count; i++) {
      body.field("f", "");
    }
    return body.end();
  }

  private static void compare(String type, byte[]... bodies) {
    List<Map<String, Object>> cases = new ArrayList<>();
    List<Object> carafe = new ArrayList<>();
    for (byte[] body : bodies) {
      cases.add(Map.of("type", type, "body", new String(body, StandardCharsets.ISO_8859_1)));
      carafe.add(carafe(type, body));
    }
    List<Object> werkzeug = werkzeug(cases);
    for (int i = 0; i < bodies.length; i++) {
      String shown = new String(bodies[i], 0, Math.min(bodies[i].length, 300),
          StandardCharsets.ISO_8859_1);
      assertEquals(werkzeug.get(i), carafe.get(i), shown);
    }
  }

  /** Carafe's answer in the script's shape. */
  private static Object carafe(String type, byte[] body) {
    App app = app(Lifecycle.none(), endpoint("form", "/form", "POST", null, request -> {
      Map<String, List<String>> files = new LinkedHashMap<>();
      request.files().forEach((name, sent) -> sent.forEach(file -> files
          .computeIfAbsent(name, k -> new ArrayList<>()).add(file.filename() + "|"
              + file.contentType() + "|" + file.size() + "|" + start(file))));
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("form", request.form());
      answer.put("files", files);
      return Response.json(answer);
    }));
    TestResponse response = new TestClient(app).request("POST", "/form")
        .header("Content-Type", type).body(body).send();
    return response.status() == 200 ? response.json()
        : Json.read(MultipartBody.utf8("{\"status\":" + response.status() + "}"));
  }

  private static String start(UploadedFile file) {
    try (InputStream in = file.inputStream()) {
      return new String(in.readNBytes(32), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> werkzeug(List<Map<String, Object>> cases) {
    return (List<Object>) run(new String(Json.standard().toBytes(cases), StandardCharsets.UTF_8));
  }

  private static Object run(String input) {
    return Json.read(PythonProcess.run(null, input.getBytes(StandardCharsets.UTF_8),
        Duration.ofSeconds(60), script().toString()));
  }

  private static Path script() {
    try {
      return Path.of(FormWerkzeugTest.class.getResource("werkzeug_forms.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
