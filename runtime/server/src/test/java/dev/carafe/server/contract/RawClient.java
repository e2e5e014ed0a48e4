package dev.carafe.server.contract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A client over a raw socket, for requests no HTTP client would send. Its socket timeouts are
 * hang guards, not performance bounds: a test fails rather than waits when the server hangs.
 */
public final class RawClient implements AutoCloseable {
  /** How long a read may wait before the server is taken to hang. */
  public static final int HANG_GUARD_MILLIS = 10_000;

  private final Socket socket;

  /** Connects to {@code port} of 127.0.0.1. */
  public RawClient(int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), HANG_GUARD_MILLIS);
    socket.setSoTimeout(HANG_GUARD_MILLIS);
  }

  /** Sends {@code request}, read as ISO-8859-1. */
  public RawClient send(String request) throws IOException {
    socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return this;
  }

  /**
   * Reads until the server closes the connection and returns all it sent.
   *
   * @throws AssertionError when the server neither answers nor closes in time
   */
  public String readUntilClosed() throws IOException {
    ByteArrayOutputStream answer = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        answer.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // A server may reset after its answer; what arrived before counts.
    } catch (SocketTimeoutException hang) {
      throw new AssertionError("The server neither answered in full nor closed the connection"
          + " within " + HANG_GUARD_MILLIS + " ms; it sent: "
          + answer.toString(StandardCharsets.ISO_8859_1), hang);
    }
    return answer.toString(StandardCharsets.ISO_8859_1);
  }

  /** Whether the server has closed the connection, waiting up to the hang guard to see it. */
  public boolean closedByServer() throws IOException {
    try {
      InputStream in = socket.getInputStream();
      while (in.read() >= 0) {
        // What comes before the close (the rest of an answer) does not matter here.
      }
      return true;
    } catch (SocketException reset) {
      return true;
    } catch (SocketTimeoutException open) {
      return false;
    }
  }

  /** The socket, to read or write it directly. */
  public Socket socket() {
    return socket;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
