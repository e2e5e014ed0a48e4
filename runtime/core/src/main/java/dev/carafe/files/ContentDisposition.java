package dev.carafe.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Werkzeug's {@code Content-Disposition} for a download name: {@code inline} or
 * {@code attachment}, then {@code filename}, quoted unless it is a token; a name that is not ASCII
 * also gets {@code filename*=UTF-8''...} (RFC 5987, percent-encoded) and an ASCII
 * {@code filename} made by NFKD decomposition with what is still not ASCII dropped.
 */
final class ContentDisposition {
  private static final String TOKEN_CHARS =
      "!#$%&'*+-.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ^_`abcdefghijklmnopqrstuvwxyz|~";
  /** What Python's {@code quote(name, safe="!#$&+-.^_`|~")} leaves as it is. */
  private static final String ATTR_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~!#$&+^`|";

  private ContentDisposition() {}

  /** The header value for {@code name}, {@code attachment} when asked, else {@code inline}. */
  public static String of(String name, boolean attachment) {
    String kind = attachment ? "attachment" : "inline";
    if (isAscii(name)) {
      return kind + "; filename=" + quote(name);
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder simple = new StringBuilder();
    decomposed.chars().filter(c -> c < 0x80).forEach(c -> simple.append((char) c));
    return kind + "; filename=" + quote(simple.toString()) + "; filename*=UTF-8''"
        + percentEncoded(name);
  }

  private static boolean isAscii(String text) {
    return text.chars().allMatch(c -> c < 0x80);
  }

  /** Werkzeug's {@code quote_header_value}. */
  private static String quote(String value) {
    if (value.isEmpty()) {
      return "\"\"";
    }
    if (value.chars().allMatch(c -> TOKEN_CHARS.indexOf(c) >= 0)) {
      return value;
    }
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String percentEncoded(String name) {
    StringBuilder out = new StringBuilder();
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && ATTR_CHARS.indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
