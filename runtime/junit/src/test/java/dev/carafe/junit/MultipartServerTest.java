package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.RequestLimits;
import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.UploadedFile;
import dev.carafe.internal.lifecycle.Lifecycle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Uploads over the real server, as a browser or a hostile client sends them: the form and its
 * files as a handler sees them, and 413 for too many parts or a body over the limit, answered
 * without reading the rest of the body.
 */
class MultipartServerTest {
  private static final String TYPE = "multipart/form-data; boundary=XyZ";

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(MultipartServerTest::app);

  static App app() {
    return TestApps.app(Lifecycle.none(), TestApps.endpoint("upload", "/upload", "POST", null,
        request -> {
          List<String> files = new ArrayList<>();
          request.files().forEach((field, sent) -> sent.forEach(file ->
              files.add(field + "=" + file.filename() + ":" + text(file))));
          return Response.text(request.form() + " " + files);
        })).withLimits(RequestLimits.defaults().withMaxContentLength(1 << 20)
            .withMaxFormParts(10));
  }

  private static String text(UploadedFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private HttpResponse<String> post(URI server, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(server.resolve("/upload"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", TYPE)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String part(String disposition, String content) {
    return "--XyZ\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + content
        + "\r\n";
  }

  @Test
  void fieldsAndFilesArriveWithTheirNames(URI server) throws Exception {
    HttpResponse<String> response = post(server, part("name=\"title\"", "t\u00e9")
        + part("name=\"a\"; filename=\"a;b.txt\"", "A")
        + part("name=\"b\"; filename=\"e.txt\"; filename*=UTF-8''%E2%82%AC.txt", "B")
        + "--XyZ--\r\n");

    assertEquals(200, response.statusCode(), response.body());
    assertEquals("{title=[t\u00e9]} [a=a;b.txt:A, b=\u20ac.txt:B]", response.body());
  }

  @Test
  void manyPartsAre413(URI server) throws Exception {
    HttpResponse<String> response = post(server,
        part("name=\"f\"; filename=\"f.txt\"", "x").repeat(11) + "--XyZ--\r\n");

    assertEquals(413, response.statusCode());
    assertTrue(response.body().contains("more than 10 fields"), response.body());
  }

  @Test
  void aMalformedBodyIs400(URI server) throws Exception {
    HttpResponse<String> response = post(server, part("name=\"a\"", "cut off"));

    assertEquals(400, response.statusCode());
    assertTrue(response.body().contains("ended before its closing boundary"), response.body());
  }

  /** The client announces a gigabyte and sends none of it: the answer does not wait for it. */
  @Test
  void aBodyAnnouncedOverTheLimitIs413BeforeItIsSent(URI server) throws Exception {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + TYPE
          + "\r\nContent-Length: 1000000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();

      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(socket));
    }
  }

  /** An endless chunked body is answered 413 once past the limit, while the client still sends. */
  @Test
  void anEndlessChunkedBodyIs413(URI server) throws Exception {
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + TYPE
          + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      byte[] head = "--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII);
      out.write((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(head);
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
      Thread sender = new Thread(() -> sendForever(out));
      sender.setDaemon(true);
      sender.start();

      assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine(socket));
    }
  }

  /** Sends 8 KiB chunks until the server closes the connection (or the test ends). */
  private static void sendForever(OutputStream out) {
    byte[] chunk = ("2000\r\n" + "a".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    try {
      while (true) {
        out.write(chunk);
      }
    } catch (IOException closed) {
      // The server answered and closed, or the test closed the socket.
    }
  }

  private static String statusLine(Socket socket) throws IOException {
    return new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.US_ASCII)).readLine();
  }
}
