package dev.carafe.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a plain socket, so that a test decides exactly what goes out and when the
 * connection ends: a request written in part, a response read in part, a reset instead of a close.
 */
final class RawHttp {
  private RawHttp() {}

  /** A response as it came: its status, headers (names in lower case) and body. */
  record Response(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    boolean closes() {
      return "close".equalsIgnoreCase(headers.get("connection"));
    }
  }

  /** A connection to {@code server}, with a read timeout so that a hang fails the test. */
  static Socket connect(URI server) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
    socket.setSoTimeout(30_000);
    socket.setTcpNoDelay(true);
    return socket;
  }

  /** Writes a request with no body. */
  static void get(Socket socket, String target, String... headers) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(head("GET", target, socket, headers).getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** The request's line and headers, ending with the blank line. */
  static String head(String method, String target, Socket socket, String... headers) {
    StringBuilder head = new StringBuilder(method).append(' ').append(target)
        .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(socket.getPort()).append("\r\n");
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    return head.append("\r\n").toString();
  }

  /** The connection failed after a response had begun: the client got part of it only. */
  static final class IncompleteResponse extends IOException {
    private static final long serialVersionUID = 1L;

    IncompleteResponse(IOException cause) {
      super("The response was cut short: " + cause, cause);
    }
  }

  /**
   * Reads one whole response: its head, then a body framed by {@code Content-Length} or chunked.
   *
   * @throws IncompleteResponse when the connection fails once the response has begun
   * @throws IOException when it fails or ends before the response's first byte
   */
  static Response read(InputStream in) throws IOException {
    int first = in.read();
    if (first == -1) {
      throw new EOFException("The connection ended before a response");
    }
    try {
      return readAfter(first, in);
    } catch (IOException e) {
      throw new IncompleteResponse(e);
    }
  }

  private static Response readAfter(int first, InputStream in) throws IOException {
    String statusLine = (char) first + line(in);
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
        body.write(exactly(in, size));
        line(in);
      }
      line(in);
    } else if (headers.containsKey("content-length")) {
      body.write(exactly(in, Integer.parseInt(headers.get("content-length"))));
    } else if (status >= 200 && status != 204 && status != 304) {
      // Neither length nor chunks: the body ends with the connection (RFC 9112, 6.3).
      in.transferTo(body);
    }
    return new Response(status, headers, body.toByteArray());
  }

  /** Ends the connection with a reset rather than an orderly close, as a killed client does. */
  static void reset(Socket socket) throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  private static int chunkSize(InputStream in) throws IOException {
    String line = line(in);
    if (line == null) {
      throw new EOFException("The connection ended inside a chunked body");
    }
    int extension = line.indexOf(';');
    return Integer.parseInt(extension < 0 ? line.trim() : line.substring(0, extension).trim(), 16);
  }

  /** Reads {@code n} bytes, or fails if the connection ends first. */
  static byte[] exactly(InputStream in, int n) throws IOException {
    byte[] bytes = in.readNBytes(n);
    if (bytes.length < n) {
      throw new EOFException("The connection ended after " + bytes.length + " of " + n
          + " bytes of the body");
    }
    return bytes;
  }

  /** A line without its CRLF, or null at the end of the stream before any byte. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      if (b == '\n') {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r'
            ? line.substring(0, end - 1) : line.toString();
      }
      line.append((char) b);
    }
    if (line.length() == 0) {
      return null;
    }
    throw new EOFException("The connection ended inside a line: " + line);
  }
}
