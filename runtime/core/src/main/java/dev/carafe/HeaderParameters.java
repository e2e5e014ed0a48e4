package dev.carafe;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters of a header value such as {@code form-data; name="a"; filename="b;c.txt"} or
 * {@code multipart/form-data; boundary=XyZ}, read as Werkzeug's {@code parse_options_header}:
 * quoted strings may hold {@code ;} and escaped quotes, {@code key*=charset'lang'percent-encoded}
 * values are decoded (RFC 2231, RFC 5987) and {@code key*0}, {@code key*1} continuations joined.
 * Two things differ from Werkzeug, both as the RFCs say: continuations are joined before they are
 * decoded, so a character split across two of them survives; and an extended value wins over the
 * plain one wherever it stands (RFC 6266: {@code filename*} is the exact name, {@code filename}
 * a fallback for old readers), where Werkzeug keeps the last. Anything that is not a parameter is
 * skipped to the next {@code ;}, so any text parses.
 */
final class HeaderParameters {
  /** The charsets Werkzeug decodes an extended value in; others leave it as it was sent. */
  private static final Set<String> CHARSETS = Set.of("ascii", "us-ascii", "utf-8", "iso-8859-1");

  /** The pieces of one parameter, by continuation number (-1 for a value in one piece). */
  private static final class Pieces {
    final Map<Integer, String> values = new TreeMap<>();
    final Map<Integer, Boolean> extended = new HashMap<>();
    boolean anyExtended;
  }

  private final Map<String, Pieces> parameters = new HashMap<>();

  private HeaderParameters() {}

  /** The parameters after the first {@code ;} of {@code header}; names are lower case. */
  static Map<String, String> parse(String header) {
    HeaderParameters parsed = new HeaderParameters();
    int semicolon = header.indexOf(';');
    if (semicolon >= 0) {
      parsed.read(header, semicolon + 1);
    }
    Map<String, String> values = new HashMap<>();
    parsed.parameters.forEach((name, pieces) -> values.put(name, join(pieces)));
    return values;
  }

  private void read(String header, int from) {
    int i = from;
    int length = header.length();
    while (i < length) {
      i = skipSpace(header, i);
      int keyEnd = i;
      while (keyEnd < length && isTokenChar(header.charAt(keyEnd))) {
        keyEnd++;
      }
      int equals = skipSpace(header, keyEnd);
      if (keyEnd > i && equals < length && header.charAt(equals) == '=') {
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
          store(header.substring(i, keyEnd).toLowerCase(Locale.ROOT), value);
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

  /**
   * Keeps one {@code key=value} under its name: {@code name}, {@code name*}, {@code name*N} or
   * {@code name*N*}. A name's extended form replaces its plain form, whichever comes first.
   */
  private void store(String key, String value) {
    boolean extended = key.endsWith("*");
    String name = extended ? key.substring(0, key.length() - 1) : key;
    int number = -1;
    int star = continuation(name);
    if (star >= 0) {
      number = Integer.parseInt(name.substring(star + 1));
      name = name.substring(0, star);
    }
    Pieces pieces = parameters.computeIfAbsent(name, k -> new Pieces());
    boolean extendedName = extended || star >= 0;
    if (extendedName && !pieces.anyExtended) {
      // The first piece of the RFC 2231 form: drop a plain value seen before it.
      pieces.values.clear();
      pieces.extended.clear();
      pieces.anyExtended = true;
    } else if (!extendedName && pieces.anyExtended) {
      return;
    }
    pieces.values.put(number, value);
    pieces.extended.put(number, extended);
  }

  /**
   * The value of a parameter: extended pieces percent-decoded to bytes, plain ones taken as they
   * are, all joined and then read in the charset the first piece names. A charset outside
   * Werkzeug's safe list leaves the value as it was sent.
   */
  private static String join(Pieces pieces) {
    Charset charset = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder sent = new StringBuilder();
    boolean first = true;
    for (Map.Entry<Integer, String> piece : pieces.values.entrySet()) {
      String value = piece.getValue();
      if (pieces.extended.get(piece.getKey())) {
        if (first) {
          // charset'language'value: without a charset Werkzeug can read, the value stays as sent.
          int quote = value.indexOf('\'');
          int second = quote < 0 ? -1 : value.indexOf('\'', quote + 1);
          String named = second < 0 ? "" : value.substring(0, quote).toLowerCase(Locale.ROOT);
          if (CHARSETS.contains(named)) {
            charset = Charset.forName(named);
          }
          value = value.substring(second + 1);
        }
        percentDecode(value, bytes);
      } else {
        bytes.writeBytes(value.getBytes(StandardCharsets.UTF_8));
      }
      sent.append(value);
      first = false;
    }
    if (pieces.anyExtended && charset != null) {
      return bytes.toString(charset);
    }
    return sent.toString();
  }

  /** Where a {@code *N} continuation suffix starts in {@code key}, or -1. */
  private static int continuation(String key) {
    int i = key.length();
    while (i > 0 && key.charAt(i - 1) >= '0' && key.charAt(i - 1) <= '9') {
      i--;
    }
    // At most 4 digits: a name with more pieces than that is not one a client sends.
    boolean numbered = i < key.length() && key.length() - i <= 4;
    return numbered && i > 1 && key.charAt(i - 1) == '*' ? i - 1 : -1;
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

  /** Percent-decodes into {@code bytes}; a {@code %} without two hex digits stays as it is. */
  private static void percentDecode(String text, ByteArrayOutputStream bytes) {
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
