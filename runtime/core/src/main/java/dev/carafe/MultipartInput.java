package dev.carafe;

import dev.carafe.http.BadRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A multipart body read through one buffer: part content is searched for the delimiter a chunk at
 * a time and handed on in slices, so a part of any length costs one buffer of memory and one pass
 * (no byte-at-a-time reads through a synchronized stream, no rescans: the quadratic search of
 * Werkzeug's CVE-2023-46136 cannot happen). Reading the client's body fails as 400 (or 413 from
 * the stream's own limit); writing
 * where content goes (a temporary file) fails as an {@link UncheckedIOException}, a server error.
 */
final class MultipartInput {
  static final int BUFFER_SIZE = 64 * 1024;

  private final InputStream in;
  private final byte[] delimiter;
  private final byte[] buffer = new byte[BUFFER_SIZE];
  private int start;
  private int end;
  private boolean exhausted;

  /** The body {@code in}, whose parts are separated by {@code --boundary} lines. */
  MultipartInput(InputStream in, String boundary) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
  }

  /**
   * Skips the preamble and the first delimiter. The body may start with {@code --boundary}
   * itself, with no line break before it, as every client sends it.
   */
  void skipPreamble() {
    fill(delimiter.length - 2);
    if (end - start >= delimiter.length - 2
        && Arrays.equals(buffer, start, start + delimiter.length - 2,
            delimiter, 2, delimiter.length)) {
      start += delimiter.length - 2;
    } else {
      copyUntilDelimiter(OutputStream.nullOutputStream());
    }
  }

  /**
   * Copies content to {@code sink} up to the next delimiter, which is consumed.
   *
   * @throws BadRequest when the body ends first
   */
  void copyUntilDelimiter(OutputStream sink) {
    while (true) {
      int found = indexOfDelimiter();
      if (found >= 0) {
        write(sink, found - start);
        start = found + delimiter.length;
        return;
      }
      // The last bytes may be the start of a delimiter that the next read completes.
      int safe = Math.max(start, end - delimiter.length + 1);
      write(sink, safe - start);
      if (!fill(delimiter.length)) {
        throw new BadRequest("The multipart body ended before its closing boundary.");
      }
    }
  }

  /** The next byte, or -1 at the end of the body. */
  int read() {
    if (start == end && !fill(1)) {
      return -1;
    }
    return buffer[start++] & 0xff;
  }

  private int indexOfDelimiter() {
    byte first = delimiter[0];
    for (int i = start, last = end - delimiter.length; i <= last; i++) {
      if (buffer[i] == first
          && Arrays.equals(buffer, i + 1, i + delimiter.length, delimiter, 1, delimiter.length)) {
        return i;
      }
    }
    return -1;
  }

  private void write(OutputStream sink, int length) {
    if (length > 0) {
      try {
        sink.write(buffer, start, length);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not store a part of a multipart body", e);
      }
      start += length;
    }
  }

  /**
   * Reads until the buffer holds at least {@code wanted} bytes, or the body ends.
   *
   * @return whether more bytes than before were read
   */
  private boolean fill(int wanted) {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    int before = end;
    while (!exhausted && end < wanted) {
      int n;
      try {
        n = in.read(buffer, end, buffer.length - end);
      } catch (IOException e) {
        throw new BadRequest("The request body could not be read to its end; the connection was"
            + " broken off or timed out.");
      }
      if (n < 0) {
        exhausted = true;
      } else {
        end += n;
      }
    }
    return end > before;
  }
}
