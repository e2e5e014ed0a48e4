package dev.carafe;

import dev.carafe.http.RequestHeaderFieldsTooLarge;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code Cookie} request headers ({@code a=1; b="two"}) as Werkzeug 3.1's
 * {@code parse_cookie} does, its regular expression read as a scanner: pairs split on {@code ;}
 * except inside a quoted value that is closed before the next {@code ;}; names and values
 * stripped of (Python's) white space; a pair without {@code =} a cookie with an empty value; a
 * quoted value unquoted, with its backslash escapes ({@code \"}, octal {@code \073}) undone; the
 * first of two cookies of one name kept, as Werkzeug's {@code MultiDict} gives it (the browser
 * sends the most specific path first). {@code CookieHeaderFuzzTest} holds it to the expression.
 *
 * <p>Werkzeug has no limits here. Carafe ignores a cookie larger than
 * {@link RequestLimits#maxCookieSize()}, which no browser keeps, and answers 431 for more cookies
 * than {@link RequestLimits#maxCookieCount()}.
 */
final class CookieHeader {
  private CookieHeader() {}

  static Map<String, String> parse(List<String> headers, int maxCount, int maxSize) {
    Map<String, String> cookies = new LinkedHashMap<>();
    int count = 0;
    for (String header : headers) {
      String s = header + ";";
      int p = 0;
      while (p < s.length()) {
        int nameEnd = p;
        while (s.charAt(nameEnd) != '=' && s.charAt(nameEnd) != ';') {
          nameEnd++;
        }
        int valueStart = nameEnd;
        int valueEnd = nameEnd;
        int next;
        if (s.charAt(nameEnd) == '=') {
          valueStart = skipSpace(s, nameEnd + 1);
          int quoteEnd = s.charAt(valueStart) == '"' ? closingQuote(s, valueStart + 1) : -1;
          if (quoteEnd >= 0 && s.charAt(skipSpace(s, quoteEnd + 1)) == ';') {
            valueEnd = quoteEnd + 1;
          } else {
            valueEnd = s.indexOf(';', valueStart);
          }
          next = s.indexOf(';', valueEnd);
        } else {
          next = nameEnd;
        }
        String name = strip(s.substring(p, nameEnd));
        String value = strip(s.substring(valueStart, valueEnd));
        p = skipSpace(s, next + 1);
        if (name.isEmpty()) {
          continue;
        }
        if (name.length() + value.length() > maxSize) {
          // No browser keeps such a cookie: as if it were not sent, so that an oversized session
          // cookie is no session.
          continue;
        }
        if (++count > maxCount) {
          throw new RequestHeaderFieldsTooLarge("The request sends more than the " + maxCount
              + " cookies this application reads (MAX_COOKIE_COUNT).");
        }
        if (value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"') {
          value = unslash(value.substring(1, value.length() - 1));
        }
        cookies.putIfAbsent(name, value);
      }
    }
    return Collections.unmodifiableMap(cookies);
  }

  /** The index of the quote closing a quoted value whose text starts at {@code from}, or -1. */
  private static int closingQuote(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        // Python's '.': any character but a newline.
        if (i + 1 >= s.length() || s.charAt(i + 1) == '\n') {
          return -1;
        }
        i++;
      }
    }
    return -1;
  }

  /** Past the ASCII white space at {@code from}: the expression's {@code \s} under re.ASCII. */
  private static int skipSpace(String s, int from) {
    int i = from;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) >= '\t' && s.charAt(i) <= '\r')) {
      i++;
    }
    return i;
  }

  /** Python's {@code str.strip()}: white space as {@code str.isspace} has it, Unicode's. */
  private static String strip(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && isPythonSpace(text.charAt(from))) {
      from++;
    }
    while (to > from && isPythonSpace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  private static boolean isPythonSpace(char c) {
    return c >= '\t' && c <= '\r' || c >= '\u001c' && c <= ' ' || c == '\u0085' || c == '\u00a0'
        || c == '\u1680' || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029'
        || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }

  /**
   * Werkzeug's {@code _cookie_unslash_re} over the value's UTF-8 bytes: {@code \ooo} (first digit
   * 0 to 3) is that byte, a backslash before any other byte but a newline is that byte; the result
   * decoded as UTF-8, U+FFFD for what is not.
   */
  private static String unslash(String quoted) {
    if (quoted.indexOf('\\') < 0) {
      return quoted;
    }
    byte[] bytes = quoted.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != '\\' || i + 1 >= bytes.length || bytes[i + 1] == '\n') {
        out.write(bytes[i]);
      } else if (i + 3 < bytes.length && isOctal(bytes[i + 1], '3') && isOctal(bytes[i + 2], '7')
          && isOctal(bytes[i + 3], '7')) {
        out.write((bytes[i + 1] - '0') << 6 | (bytes[i + 2] - '0') << 3 | (bytes[i + 3] - '0'));
        i += 3;
      } else {
        out.write(bytes[i + 1]);
        i++;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static boolean isOctal(byte b, char highest) {
    return b >= '0' && b <= highest;
  }
}
