package dev.carafe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a header value such as {@code form-data; name="a"; filename="b;c.txt"} or
 * {@code multipart/form-data; boundary=XyZ}, read as Werkzeug's {@code parse_options_header}:
 * quoted strings may hold {@code ;} and escaped quotes, {@code key*=charset'lang'percent-encoded}
 * values are decoded (RFC 2231, RFC 5987), {@code key*0}, {@code key*1} continuations are joined.
 * Unlike Werkzeug, an extended value wins over the plain one wherever it stands, as RFC 6266
 * says ({@code filename*} is the exact name, {@code filename} a fallback for old readers).
 * Anything that is not a parameter is skipped to the next {@code ;}, so any text parses.
 */
final class HeaderParameters {
  /** The charsets Werkzeug decodes an extended value in; others leave it as it was sent. */
  private static final Set<String> CHARSETS = Set.of("ascii", "us-ascii", "utf-8", "iso-8859-1");

  private final Map<String, String> plain = new HashMap<>();
  private final Map<String, String> extended = new HashMap<>();

  private HeaderParameters() {}

  /** The parameters after the first {@code ;} of {@code header}; names are lower case. */
  static Map<String, String> parse(String header) {
    HeaderParameters parameters = new HeaderParameters();
    int semicolon = header.indexOf(';');
    if (semicolon >= 0) {
      parameters.read(header, semicolon + 1);
    }
    Map<String, String> merged = new HashMap<>(parameters.plain);
    merged.putAll(parameters.extended);
    return merged;
  }

  private void read(String header, int from) {
    int i = from;
    int length = header.length();
    String continuedCharset = null;
    while (i < length) {
      i = skipSpace(header, i);
      int keyEnd = i;
      while (keyEnd < length && isTokenChar(header.charAt(keyEnd))) {
        keyEnd++;
      }
      int equals = skipSpace(header, keyEnd);
      if (keyEnd > i && equals < length && header.charAt(equals) == '=') {
        String key = header.substring(i, keyEnd).toLowerCase(Locale.ROOT);
        int valueStart = skipSpace(header, equals + 1);
        int valueEnd = valueStart;
        String value = null;
        if (valueStart < length && header.charAt(valueStart) == '"') {
          valueEnd = closingQuote(header, valueStart + 1);
          if (valueEnd >= 0) {
            value = unquote(header.substring(valueStart + 1, valueEnd));
            valueEnd++;
          } else {
            valueEnd = length;
          }
        } else {
          while (valueEnd < length && isTokenChar(header.charAt(valueEnd))) {
            valueEnd++;
          }
          if (valueEnd > valueStart) {
            value = header.substring(valueStart, valueEnd);
          }
        }
        if (value != null) {
          continuedCharset = store(key, value, continuedCharset);
        }
        i = valueEnd;
      }
      int next = header.indexOf(';', i);
      if (next < 0) {
        return;
      }
      i = next + 1;
    }
  }

  /** Stores one parameter; returns the charset later continuations without their own use. */
  private String store(String key, String value, String continuedCharset) {
    Map<String, String> target = plain;
    String charset = continuedCharset;
    if (key.endsWith("*")) {
      key = key.substring(0, key.length() - 1);
      target = extended;
      int first = value.indexOf('\'');
      int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
      if (second > 0) {
        String named = value.substring(0, first).toLowerCase(Locale.ROOT);
        if (!named.isEmpty()) {
          charset = named;
        }
        value = value.substring(second + 1);
      }
      if (charset != null && CHARSETS.contains(charset)) {
        value = percentDecode(value, Charset.forName(charset));
      }
    }
    int star = continuation(key);
    if (star >= 0) {
      // key*0=a; key*1=b is key=ab.
      key = key.substring(0, star);
      target.merge(key, value, String::concat);
    } else {
      target.put(key, value);
    }
    return charset;
  }

  /** Where a {@code *N} continuation suffix starts in {@code key}, or -1. */
  private static int continuation(String key) {
    int i = key.length();
    while (i > 0 && key.charAt(i - 1) >= '0' && key.charAt(i - 1) <= '9') {
      i--;
    }
    return i < key.length() && i > 1 && key.charAt(i - 1) == '*' ? i - 1 : -1;
  }

  private static int closingQuote(String header, int from) {
    for (int i = from; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '\\' && i + 1 < header.length()) {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A quoted string's content: {@code \\} and {@code \"} as in HTTP, and {@code %22} as browsers
   * escape a quote in a form's file name (the HTML standard's multipart encoding).
   */
  private static String unquote(String quoted) {
    if (quoted.indexOf('\\') < 0 && !quoted.contains("%22")) {
      return quoted;
    }
    return quoted.replace("\\\\", "\\").replace("\\\"", "\"").replace("%22", "\"");
  }

  /** Percent-decodes in {@code charset}; a {@code %} without two hex digits stays as it is. */
  private static String percentDecode(String text, Charset charset) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int hi;
      int lo;
      if (c == '%' && i + 2 < text.length()
          && (hi = hex(text.charAt(i + 1))) >= 0 && (lo = hex(text.charAt(i + 2))) >= 0) {
        bytes.write(hi << 4 | lo);
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(charset);
  }

  /** The value of an ASCII hex digit, or -1 (Character.digit also takes other scripts' digits). */
  static int hex(char c) {
    return c < 128 ? Character.digit(c, 16) : -1;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** RFC 9110's token characters, and {@code '} as in an extended value. */
  private static boolean isTokenChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0);
  }
}
