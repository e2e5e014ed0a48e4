package dev.carafe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code Cookie} request headers ({@code a=1; b="two"}) as browsers send them: pairs split
 * on {@code ;}, quotes around a value taken off and its backslash escapes read as Werkzeug's
 * {@code parse_cookie} reads them ({@code "a\\073 b"} is {@code a; b}, the bytes being UTF-8), the
 * first of two cookies of one name kept (the browser sends the most specific path first), pairs
 * without {@code =} skipped.
 */
final class CookieHeader {
  private CookieHeader() {}

  static Map<String, String> parse(List<String> headers) {
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String header : headers) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = unslash(value.substring(1, value.length() - 1));
        }
        if (!name.isEmpty()) {
          cookies.putIfAbsent(name, value);
        }
      }
    }
    return Collections.unmodifiableMap(cookies);
  }

  /**
   * Werkzeug's {@code _cookie_unslash}: a backslash and three octal digits (up to {@code \\377})
   * is that byte, a backslash and any other character is that character; the bytes are UTF-8,
   * and a sequence that is not becomes U+FFFD, as Python's {@code errors="replace"}.
   */
  static String unslash(String quoted) {
    if (quoted.indexOf('\\') < 0) {
      return quoted;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(quoted.length());
    for (int i = 0; i < quoted.length(); i++) {
      char c = quoted.charAt(i);
      if (c == '\\' && i + 1 < quoted.length()) {
        if (i + 3 < quoted.length() && isOctal(quoted.charAt(i + 1), '3')
            && isOctal(quoted.charAt(i + 2), '7') && isOctal(quoted.charAt(i + 3), '7')) {
          bytes.write(Integer.parseInt(quoted.substring(i + 1, i + 4), 8));
          i += 3;
          continue;
        }
        c = quoted.charAt(++i);
      }
      bytes.writeBytes(String.valueOf(c).getBytes(c < 0x100 ? StandardCharsets.ISO_8859_1
          : StandardCharsets.UTF_8));
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isOctal(char c, char highest) {
    return c >= '0' && c <= highest;
  }
}
