package dev.carafe.server.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.LogCapture;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.HeaderList;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that changes while a real server sends it, to a client that reads slowly so the
 * change lands mid-transfer: the client gets exactly the promised {@code Content-Length} or a
 * closed connection with less, never more; the server logs a warning, not an error, and goes on
 * serving.
 */
@Timeout(120) // a hang guard, not a performance bound
abstract class ChangingFileContract {
  private static final long SIZE = 128L << 20; // sparse: costs no disk

  @TempDir Path dir;
  private Path file;
  private Server server;
  private volatile Body.FileRegion region;

  abstract ServerAdapter adapter();

  @BeforeEach
  void start() throws IOException {
    file = dir.resolve("big.bin");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(SIZE);
    }
    region = new Body.FileRegion(file, 0, SIZE);
    server = adapter().builder((environ, start) -> {
      if (environ.pathInfo().equals("/hello")) {
        start.start(200, HeaderList.empty());
        return Body.of("hello");
      }
      start.start(200, HeaderList.of("Content-Type", "application/octet-stream"));
      return region;
    }).port(0).ioThreads(1).start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  /** What a slow client received: the announced length and the body bytes up to the close. */
  private record Received(long contentLength, long bodyBytes, boolean closed) {}

  /** GETs the file, reads a little, runs {@code change}, then reads what remains to the close. */
  private Received fetchWhile(IoAction change) throws IOException {
    try (Socket socket = new Socket()) {
      socket.setReceiveBufferSize(16 * 1024);
      socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /file HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      long length = readHead(in);
      byte[] chunk = new byte[64 * 1024];
      long body = 0;
      while (body < 256 * 1024) {
        int n = in.read(chunk);
        if (n < 0) {
          return new Received(length, body, true);
        }
        body += n;
      }
      change.run();
      try {
        for (int n; (n = in.read(chunk)) >= 0; ) {
          body += n;
        }
      } catch (SocketTimeoutException e) {
        return new Received(length, body, false);
      } catch (IOException reset) {
        return new Received(length, body, true);
      }
      return new Received(length, body, true);
    }
  }

  /** Reads the status line and headers; returns the Content-Length. */
  private static long readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int c = in.read();
      if (c < 0) {
        throw new IOException("The connection closed in the headers: " + head);
      }
      head.write(c);
      matched = (c == '\r' || c == '\n') && "\r\n\r\n".charAt(matched) == c ? matched + 1
          : (c == '\r' ? 1 : 0);
    }
    String text = head.toString(StandardCharsets.US_ASCII);
    assertTrue(text.startsWith("HTTP/1.1 200"), text);
    for (String line : text.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring(15).trim());
      }
    }
    throw new AssertionError("No Content-Length in " + text);
  }

  @FunctionalInterface
  private interface IoAction {
    void run() throws IOException;
  }

  private void assertServesOn() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertTrue(answer.startsWith("HTTP/1.1 200") && answer.endsWith("hello"), answer);
    }
  }

  private static String levels(LogCapture log) {
    return log.records().stream().map(r -> r.getLevel() + " " + r.getMessage())
        .collect(Collectors.joining("\n"));
  }

  private static boolean noErrors(LogCapture log) {
    return log.records().stream().noneMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue());
  }

  private static boolean warned(LogCapture log) {
    for (int i = 0; i < 100 && log.records().stream().noneMatch(ChangingFileContract::warning); i++) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return log.records().stream().anyMatch(ChangingFileContract::warning);
  }

  private static boolean warning(LogRecord record) {
    return record.getLevel() == Level.WARNING;
  }

  @Test
  void aFileTruncatedMidTransferEndsInAClosedConnectionAndAWarning() throws IOException {
    try (LogCapture log = LogCapture.of(adapter().failureLogger())) {
      Received received = fetchWhile(() -> {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
          raf.setLength(SIZE / 2);
        }
      });
      assertEquals(SIZE, received.contentLength());
      assertTrue(received.closed(), "the client is not left waiting");
      assertTrue(received.bodyBytes() < SIZE, "a short body shows the failure");
      assertTrue(warned(log), levels(log));
      assertTrue(noErrors(log), levels(log));
    }
    assertServesOn();
  }

  @Test
  void aFileGrownMidTransferSendsExactlyTheAnnouncedLength() throws IOException {
    Received received = fetchWhile(() -> {
      try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
        raf.setLength(SIZE * 2);
      }
    });
    assertEquals(SIZE, received.contentLength());
    assertEquals(SIZE, received.bodyBytes());
    assertTrue(received.closed());
    assertServesOn();
  }

  @Test
  void aFileDeletedMidTransferIsSentWholeFromTheOpenFile() throws IOException {
    Received received = fetchWhile(() -> Files.delete(file));
    assertEquals(SIZE, received.bodyBytes());
    assertTrue(received.closed());
    assertServesOn();
  }

  @Test
  void aFileReplacedByARenameMidTransferIsSentWholeFromTheOpenFile() throws IOException {
    Path other = Files.writeString(dir.resolve("other.bin"), "short");
    Received received = fetchWhile(
        () -> Files.move(other, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE));
    assertEquals(SIZE, received.bodyBytes());
    assertTrue(received.closed());
    assertServesOn();
  }

  @Test
  void aRegionInTheMiddleTruncatedUnderItEndsInAClosedConnection() throws IOException {
    region = new Body.FileRegion(file, 1024, SIZE / 2);
    try (LogCapture log = LogCapture.of(adapter().failureLogger())) {
      Received received = fetchWhile(() -> {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
          raf.setLength(SIZE / 4);
        }
      });
      assertEquals(SIZE / 2, received.contentLength());
      assertTrue(received.closed());
      assertTrue(received.bodyBytes() < SIZE / 2);
      assertTrue(warned(log), levels(log));
      assertTrue(noErrors(log), levels(log));
    }
    assertServesOn();
  }

  @Test
  void aRegionPastTheEndAtSendTimeIsAnErrorPageNotABody() throws IOException {
    region = new Body.FileRegion(file, SIZE - 10, 20);
    try (LogCapture log = LogCapture.of(adapter().failureLogger());
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write("GET /file HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertTrue(answer.startsWith("HTTP/1.1 500"), answer);
      assertTrue(warned(log), levels(log));
      assertTrue(noErrors(log), levels(log));
    }
    assertServesOn();
  }
}
