package dev.carafe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds a {@code multipart/form-data} body part by part, as a browser or a hostile client. */
final class MultipartBody {
  static final String BOUNDARY = "XyZ";
  static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** A text field. */
  MultipartBody field(String name, String value) {
    return part("Content-Disposition: form-data; name=\"" + name + "\"", utf8(value));
  }

  /** A file field, as a browser sends one. */
  MultipartBody file(String name, String filename, String type, byte[] content) {
    return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
        + "\"\r\nContent-Type: " + type, content);
  }

  /** A part with these header lines (CRLF between them, none at the end) and content. */
  MultipartBody part(String headers, byte[] content) {
    raw("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n");
    out.writeBytes(content);
    return raw("\r\n");
  }

  /** Bytes as they are, for what a well-behaved client would not send. */
  MultipartBody raw(String text) {
    out.writeBytes(utf8(text));
    return this;
  }

  /** The body with its closing delimiter. */
  byte[] end() {
    return raw("--" + BOUNDARY + "--\r\n").out.toByteArray();
  }

  /** The body so far, without a closing delimiter: cut off. */
  byte[] cut() {
    return out.toByteArray();
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
