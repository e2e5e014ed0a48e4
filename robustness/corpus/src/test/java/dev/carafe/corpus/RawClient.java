package dev.carafe.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends bytes over a plain socket and reads one HTTP/1.1 answer, as no HTTP client library would
 * let a test do: the request is sent exactly as written, and a server that does not answer within
 * the read timeout is reported as hanging.
 */
final class RawClient {
  /** How long the server may stay silent while an answer is read. */
  static final int READ_TIMEOUT_MILLIS = 10_000;

  private final String host;
  private final int port;

  RawClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** Thrown when the server neither answers nor closes within the read timeout. */
  static final class Hang extends IOException {
    private static final long serialVersionUID = 1L;

    Hang(String message) {
      super(message);
    }
  }

  /**
   * Sends {@code request} on a new connection and reads the answer; a connection closed (or reset)
   * before a status line is a response of status {@link CorpusCase#CLOSED}.
   *
   * @param halfClose whether to shut the sending side once the request is sent
   */
  RawResponse exchange(byte[] request, boolean halfClose) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), READ_TIMEOUT_MILLIS);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        if (halfClose) {
          socket.shutdownOutput();
        }
      } catch (SocketException e) {
        // The server may close while a large request is still being sent: read what it said.
      }
      return read(socket.getInputStream(), startsWith(request, "HEAD "));
    } catch (SocketTimeoutException e) {
      throw new Hang("no answer within " + READ_TIMEOUT_MILLIS + " ms: the server hangs");
    }
  }

  private static RawResponse read(InputStream in, boolean head) throws IOException {
    String statusLine;
    try {
      statusLine = line(in);
    } catch (SocketException e) {
      statusLine = null;
    }
    if (statusLine == null || statusLine.isEmpty()) {
      return new RawResponse(CorpusCase.CLOSED, "(closed)", List.of(), new byte[0]);
    }
    String[] parts = statusLine.split(" ", 3);
    int status = Integer.parseInt(parts[1]);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    long length = -1;
    boolean chunked = false;
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      String name = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1).strip();
      headers.add(Map.entry(name, value));
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.equalsIgnoreCase("chunked")) {
        chunked = true;
      }
    }
    byte[] body;
    if (head || status == 204 || status == 304 || status < 200) {
      body = new byte[0];
    } else if (chunked) {
      body = chunks(in);
    } else if (length >= 0) {
      body = in.readNBytes((int) length);
    } else {
      body = in.readAllBytes();
    }
    return new RawResponse(status, statusLine, headers, body);
  }

  private static byte[] chunks(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String size = line(in); size != null; size = line(in)) {
      int n = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
      if (n == 0) {
        while (true) {
          String trailer = line(in);
          if (trailer == null || trailer.isEmpty()) {
            break;
          }
        }
        break;
      }
      body.writeBytes(in.readNBytes(n));
      line(in);
    }
    return body.toByteArray();
  }

  /** A line without its CRLF, read as ISO-8859-1; null at the end of the stream. */
  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
    }
    return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
  }

  private static boolean startsWith(byte[] bytes, String prefix) {
    return new String(bytes, 0, Math.min(bytes.length, prefix.length()), StandardCharsets.ISO_8859_1)
        .equals(prefix);
  }
}
