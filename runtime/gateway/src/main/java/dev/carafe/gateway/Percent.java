package dev.carafe.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of URL parts: decoding a captured path parameter, and encoding values into a
 * path segment or a query string so that a built URL reads back as the same values.
 */
public final class Percent {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Percent() {}

  /**
   * Decodes {@code text[from, to)} as UTF-8. A {@code %} not followed by two hex digits is kept as
   * it is, and bytes that are not UTF-8 become U+FFFD, so any input decodes. {@code +} stays a plus:
   * in a path it is not a space.
   */
  public static String decode(String text, int from, int to) {
    int percent = text.indexOf('%', from);
    if (percent < 0 || percent >= to) {
      return text.substring(from, to);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    StringBuilder out = new StringBuilder(to - from);
    out.append(text, from, percent);
    int i = percent;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '%' && isEscape(text, i, to)) {
        bytes.write(hexValue(text.charAt(i + 1)) << 4 | hexValue(text.charAt(i + 2)));
        i += 3;
        continue;
      }
      flush(bytes, out);
      out.append(c);
      i++;
    }
    flush(bytes, out);
    return out.toString();
  }

  /**
   * Whether {@code text[at, end)} starts with an escape: {@code %} and two ASCII hex digits. Only
   * ASCII: {@code Character.digit} also takes other scripts' digits and full-width letters, which
   * would make {@code %2߆} an {@code &}.
   */
  public static boolean isEscape(CharSequence text, int at, int end) {
    return at + 2 < end && text.charAt(at) == '%' && hexValue(text.charAt(at + 1)) >= 0
        && hexValue(text.charAt(at + 2)) >= 0;
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  /** Decodes a whole string; see {@link #decode(String, int, int)}. */
  public static String decode(String text) {
    return decode(text, 0, text.length());
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      bytes.reset();
    }
  }

  /**
   * Encodes {@code value} for one path segment: everything but unreserved characters and the
   * sub-delimiters RFC 3986 allows in a segment is escaped, {@code /} included.
   */
  public static String encodeSegment(String value) {
    return encode(value, "-._~!$&'()*+,;=:@");
  }

  /** Encodes {@code value} for a path that may span segments: like a segment, but keeps {@code /}. */
  public static String encodePath(String value) {
    return encode(value, "-._~!$&'()*+,;=:@/");
  }

  /** Encodes {@code value} as a query-string key or value. */
  public static String encodeQuery(String value) {
    return encode(value, "-._~!$'()*,;:@/?");
  }

  private static String encode(String value, String safe) {
    int i = 0;
    while (i < value.length() && isSafe(value.charAt(i), safe)) {
      i++;
    }
    if (i == value.length()) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 16).append(value, 0, i);
    byte[] rest = value.substring(i).getBytes(StandardCharsets.UTF_8);
    for (byte b : rest) {
      char c = (char) (b & 0xff);
      if (c < 0x80 && isSafe(c, safe)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isSafe(char c, String safe) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || safe.indexOf(c) >= 0;
  }
}
