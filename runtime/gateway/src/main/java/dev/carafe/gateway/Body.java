package dev.carafe.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A response body. The family is closed so that a server can send each kind its fastest way: no
 * body at all, a byte array of known length in one write, a stream written as it is produced, or a
 * region of a file transferred by the operating system.
 */
public sealed interface Body permits Body.Empty, Body.Bytes, Body.Stream, Body.FileRegion {

  /** The body with no content. */
  static Body empty() {
    return Empty.INSTANCE;
  }

  /** A body of the whole array. The array is not copied: do not change it afterwards. */
  static Body of(byte[] data) {
    return new Bytes(data, 0, data.length);
  }

  /** A body of the text in UTF-8. */
  static Body of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A body written by {@code writer} as it is sent, of a length not known in advance. */
  static Body stream(StreamWriter writer) {
    return new Stream(writer);
  }

  /** The length in bytes when known before sending, else -1. */
  long contentLength();

  /** No content. */
  final class Empty implements Body {
    private static final Empty INSTANCE = new Empty();

    private Empty() {}

    @Override
    public long contentLength() {
      return 0;
    }

    @Override
    public String toString() {
      return "Body.empty()";
    }
  }

  /**
   * {@code length} bytes of {@code data} from {@code offset}, not copied.
   *
   * @param data the bytes; not to be changed once handed over
   * @param offset where the body starts in {@code data}
   * @param length how many bytes the body has
   */
  record Bytes(byte[] data, int offset, int length) implements Body {
    /** Checks that the region lies inside the array. */
    public Bytes {
      Objects.checkFromIndexSize(offset, length, data.length);
    }

    @Override
    public long contentLength() {
      return length;
    }
  }

  /**
   * Content produced while it is sent (a large export, server-sent data); sent with chunked
   * transfer coding unless the headers give a {@code Content-Length}.
   *
   * @param writer writes the content to the client
   */
  record Stream(StreamWriter writer) implements Body {
    /** Checks that there is a writer. */
    public Stream {
      Objects.requireNonNull(writer, "writer");
    }

    @Override
    public long contentLength() {
      return -1;
    }
  }

  /**
   * {@code length} bytes of a file from {@code offset}, sent by the server with the operating
   * system's file transfer where it can.
   *
   * @param path the file
   * @param offset the first byte to send
   * @param length how many bytes to send
   */
  record FileRegion(Path path, long offset, long length) implements Body {
    /** Checks that the region is not negative. */
    public FileRegion {
      Objects.requireNonNull(path, "path");
      if (offset < 0 || length < 0) {
        throw new IllegalArgumentException("A file region needs offset >= 0 and length >= 0");
      }
    }

    @Override
    public long contentLength() {
      return length;
    }
  }

  /** Writes a streamed body to the client's connection. */
  @FunctionalInterface
  interface StreamWriter {
    /** Writes the whole body to {@code out}; the server closes {@code out} afterwards. */
    void writeTo(OutputStream out) throws IOException;
  }
}
