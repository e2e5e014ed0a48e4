package dev.carafe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.server.Server;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clients that go away in the middle, thousands of times, on both servers: while a large
 * response is being sent (a streamed body, a file) and while an upload is being received (so that
 * the spooled temporary files are at stake). Each client reads or sends a little, then resets the
 * connection as a killed client does. The server goes on serving, and no thread, descriptor or
 * temporary file is left behind.
 */
class DisconnectTest {
  private static final int RESPONSES_CUT = 10_000;
  private static final int UPLOADS_CUT = 2_000;
  private static final int WARM_UP = 200;
  /** An upload past the spooling threshold (500 kB), cut off half-way. */
  private static final int UPLOAD_LENGTH = 2 << 20;
  private static final int UPLOAD_SENT = 1 << 20;

  @TempDir
  static Path folder;
  private static Path bigFile;

  @BeforeAll
  static void bigFile() throws IOException {
    bigFile = folder.resolve("big.bin");
    byte[] megabyte = new byte[1 << 20];
    Arrays.fill(megabyte, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(bigFile)) {
      for (int i = 0; i < 16; i++) {
        out.write(megabyte);
      }
    }
  }

  private static App app() {
    App app = FaultyApp.create();
    return app.withConfig(
        app.config().toBuilder().set(Faulty.BIG_FILE, bigFile.toString()).build());
  }

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(600) // a hang guard, not a performance bound
  void clientsResettingMidStreamLeaveNothingBehind(ServerKind kind) throws Exception {
    cutResponses(kind, "/stream");
  }

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(600) // a hang guard, not a performance bound
  void clientsResettingMidFileLeaveNothingBehind(ServerKind kind) throws Exception {
    cutResponses(kind, "/file");
  }

  private static void cutResponses(ServerKind kind, String path) throws Exception {
    try (LogRecords log = LogRecords.of("dev.carafe.App",
            "dev.carafe.server.undertow.GatewayHandler", "dev.carafe.server.jetty.GatewayHandler");
        Server server = kind.start(app())) {
      cutResponses(server, path, WARM_UP);
      Census before = Census.steady(kind);

      Peaks peaks = Peaks.watch();
      try (peaks) {
        cutResponses(server, path, RESPONSES_CUT);
      }

      // A client that goes away is no error of the application's: a warning at most.
      assertEquals(0, log.severe(), () -> "errors logged: " + log.firstLines());
      HandlerExceptionTest.assertHello(server);
      assertWhole(server, path);
      Census after = Census.settledTo(before, kind, 30);
      System.out.println(kind + " after " + RESPONSES_CUT + " resets mid-" + path + " ("
          + peaks + "): " + after.comparedTo(before));
      assertTrue(after.noneAbove(before), after.comparedTo(before));
    }
  }

  /** {@code n} clients that read the head and a little of the body, then reset. */
  private static void cutResponses(Server server, String path, int n) throws Exception {
    Clients.run(n, (client, share) -> {
      for (int i = 0; i < share; i++) {
        Socket socket = RawHttp.connect(server.uri());
        try {
          RawHttp.get(socket, path);
          InputStream in = socket.getInputStream();
          byte[] start = RawHttp.exactly(in, 1024);
          String head = new String(start, StandardCharsets.ISO_8859_1);
          assertTrue(head.startsWith("HTTP/1.1 200 "), head);
        } finally {
          RawHttp.reset(socket);
        }
      }
    });
  }

  /** After all that, the whole body is still sent to a client that stays. */
  private static void assertWhole(Server server, String path) throws IOException {
    try (Socket socket = RawHttp.connect(server.uri())) {
      RawHttp.get(socket, path, "Connection: close");
      RawHttp.Response response = RawHttp.read(new BufferedInputStream(socket.getInputStream()));
      assertEquals(200, response.status());
      assertEquals(Faulty.STREAM_LENGTH, response.body().length);
    }
  }

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(600) // a hang guard, not a performance bound
  void clientsResettingMidUploadLeaveNoTemporaryFiles(ServerKind kind) throws Exception {
    try (LogRecords log = LogRecords.of("dev.carafe.App",
            "dev.carafe.server.undertow.GatewayHandler", "dev.carafe.server.jetty.GatewayHandler");
        Server server = kind.start(app())) {
      assertEquals("received " + UPLOAD_SENT, upload(server));
      cutUploads(server, WARM_UP);
      Census before = Census.steady(kind);
      Peaks peaks = Peaks.watch();
      try (peaks) {
        cutUploads(server, UPLOADS_CUT);
      }

      assertTrue(peaks.temporaryFiles() > 0, "no upload was ever spooled to a temporary file");
      assertEquals(0, log.severe(), () -> "errors logged: " + log.firstLines());
      Census after = Census.settledTo(before, kind, 30);
      System.out.println(kind + " after " + UPLOADS_CUT + " resets mid-upload (" + peaks
          + "): " + after.comparedTo(before));
      assertEquals(0, after.count(Census.TEMPORARY_FILES), after.comparedTo(before));
      assertTrue(after.noneAbove(before), after.comparedTo(before));
    }
  }

  /**
   * {@code n} clients that send half of a large upload, wait (a few seconds at most) until the
   * server has spooled an upload to a temporary file, then reset.
   */
  private static void cutUploads(Server server, int n) throws Exception {
    byte[] part = partHead().getBytes(StandardCharsets.ISO_8859_1);
    byte[] content = new byte[UPLOAD_SENT];
    Arrays.fill(content, (byte) 'u');
    Clients.run(n, (client, share) -> {
      for (int i = 0; i < share; i++) {
        Socket socket = RawHttp.connect(server.uri());
        try {
          OutputStream out = socket.getOutputStream();
          out.write(uploadHead(socket, UPLOAD_LENGTH).getBytes(StandardCharsets.ISO_8859_1));
          out.write(part);
          out.write(content);
          out.flush();
          for (int wait = 0; wait < 100 && Census.temporaryFiles() == 0; wait++) {
            Thread.sleep(20);
          }
        } finally {
          RawHttp.reset(socket);
        }
      }
    });
  }

  /** A whole upload of {@link #UPLOAD_SENT} bytes, answered as the handler counts it. */
  private static String upload(Server server) throws IOException {
    byte[] part = partHead().getBytes(StandardCharsets.ISO_8859_1);
    byte[] end = "\r\n--fault--\r\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] content = new byte[UPLOAD_SENT];
    try (Socket socket = RawHttp.connect(server.uri())) {
      OutputStream out = socket.getOutputStream();
      out.write(uploadHead(socket, part.length + content.length + end.length)
          .getBytes(StandardCharsets.ISO_8859_1));
      out.write(part);
      out.write(content);
      out.write(end);
      out.flush();
      RawHttp.Response response = RawHttp.read(new BufferedInputStream(socket.getInputStream()));
      assertEquals(200, response.status(), response::text);
      return response.text();
    }
  }

  private static String uploadHead(Socket socket, int length) {
    return RawHttp.head("POST", "/upload", socket,
        "Content-Type: multipart/form-data; boundary=fault", "Content-Length: " + length,
        "Connection: close");
  }

  private static String partHead() {
    return "--fault\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n";
  }
}
