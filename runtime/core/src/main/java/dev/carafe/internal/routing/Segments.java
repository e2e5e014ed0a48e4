package dev.carafe.internal.routing;

import dev.carafe.gateway.Percent;
import java.nio.charset.StandardCharsets;

/**
 * The checks the dispatch table makes on the path, in place: where a segment ends, and whether
 * characters are a value a converter accepts; and the path as the router reads it. Nothing here
 * allocates, except {@link #routable} for a path with escapes and {@link #mergeSlashes} and
 * {@link #location} for the path of a redirect.
 */
public final class Segments {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Segments() {}

  /** The index of the next {@code /} at or after {@code from}, or the path's length. */
  public static int end(String path, int from) {
    int slash = path.indexOf('/', from);
    return slash < 0 ? path.length() : slash;
  }

  /** Whether {@code path[from, to)} has no {@code /}. */
  public static boolean hasNoSlash(String path, int from, int to) {
    int slash = path.indexOf('/', from);
    return slash < 0 || slash >= to;
  }

  /**
   * Whether {@code path[from, to)} is an integer as the {@code int} converter reads it: digits,
   * with a leading minus only when {@code signed}, exactly {@code fixedDigits} digits when that is
   * not 0, and a value in {@code [min, max]}. A value too large for a {@code long} is not.
   */
  public static boolean isInteger(
      String path, int from, int to, boolean signed, int fixedDigits, long min, long max) {
    int i = from;
    boolean negative = signed && i < to && path.charAt(i) == '-';
    if (negative) {
      i++;
    }
    if (i == to || fixedDigits > 0 && to - i != fixedDigits) {
      return false;
    }
    long value = 0;
    for (; i < to; i++) {
      int digit = path.charAt(i) - '0';
      if (digit < 0 || digit > 9 || value > (Long.MAX_VALUE - digit) / 10) {
        return false;
      }
      value = value * 10 + digit;
    }
    long signedValue = negative ? -value : value;
    return signedValue >= min && signedValue <= max;
  }

  /**
   * Whether {@code path[from, to)} is a number as the {@code float} converter reads it: digits, a
   * dot and digits, with a leading minus only when {@code signed}, and a finite value in
   * {@code [min, max]}.
   */
  public static boolean isFloat(String path, int from, int to, boolean signed, double min, double max) {
    int i = from;
    if (signed && i < to && path.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < to && isDigit(path.charAt(i))) {
      i++;
    }
    if (i == digits || i == to || path.charAt(i) != '.') {
      return false;
    }
    int fraction = ++i;
    while (i < to && isDigit(path.charAt(i))) {
      i++;
    }
    if (i != to || i == fraction) {
      return false;
    }
    // 308 digits before the point are below Double.MAX_VALUE: finite without parsing.
    if (fraction - 1 - digits <= 308
        && min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
      return true;
    }
    // Werkzeug's float() makes 400 digits infinity; here they are out of range, as over a max.
    double value = Double.parseDouble(path.substring(from, to));
    return !Double.isInfinite(value) && value >= min && value <= max;
  }

  /** Whether {@code path[from, from + 36)} is a UUID in either case: 8-4-4-4-12 hex digits. */
  public static boolean isUuid(String path, int from) {
    if (from + 36 > path.length()) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = path.charAt(from + i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
        return false;
      }
    }
    return true;
  }

  /**
   * The path as the router reads it: percent-escapes decoded as UTF-8 (bytes that are not UTF-8
   * become U+FFFD), as Werkzeug matches the decoded path, so that a rule's non-ASCII or escaped
   * text matches however the client encoded it. {@code %2F} and {@code %25} stay as they are: a
   * slash sent encoded stays inside its segment, and a variable's value is decoded once, when a
   * handler asks for it. A path without {@code %} is returned as it is.
   */
  public static String routable(String path) {
    int percent = path.indexOf('%');
    if (percent < 0) {
      return path;
    }
    StringBuilder out = new StringBuilder(path.length()).append(path, 0, percent);
    int from = percent;
    int i = percent;
    while (i < path.length()) {
      if (path.charAt(i) == '%' && isEscape(path, i) && !isKept(path, i)) {
        i += 3;
        continue;
      }
      if (from < i) {
        out.append(Percent.decode(path, from, i));
      }
      out.append(path.charAt(i));
      i++;
      from = i;
    }
    if (from < i) {
      out.append(Percent.decode(path, from, i));
    }
    return out.toString();
  }

  private static boolean isEscape(String path, int i) {
    return Percent.isEscape(path, i, path.length());
  }

  /** Whether the escape at {@code i} is of {@code /} or {@code %}, which the router keeps. */
  private static boolean isKept(String path, int i) {
    char hi = path.charAt(i + 1);
    char lo = Character.toUpperCase(path.charAt(i + 2));
    return hi == '2' && (lo == 'F' || lo == '5');
  }

  /**
   * A routable path made fit for a {@code Location} header: what the router decoded that a URL
   * may not hold as it is (non-ASCII text, spaces, quotes, a {@code %} that starts no escape)
   * escaped again as UTF-8; escapes it kept stay.
   */
  public static String location(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (!isLocationChar(c) || c == '%' && !isEscape(path, i)) {
        return encodeLocation(path, i);
      }
    }
    return path;
  }

  private static String encodeLocation(String path, int first) {
    StringBuilder out = new StringBuilder(path.length() + 16).append(path, 0, first);
    String rest = path.substring(first);
    byte[] bytes = rest.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      char c = (char) (bytes[i] & 0xff);
      boolean keptEscape = c == '%' && i + 2 < bytes.length && Character.digit(bytes[i + 1], 16) >= 0
          && Character.digit(bytes[i + 2], 16) >= 0;
      if (c < 0x80 && isLocationChar(c) && (c != '%' || keptEscape)) {
        out.append(c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  /** Unreserved characters, sub-delimiters, {@code :}, {@code @}, {@code /} and {@code %}. */
  private static boolean isLocationChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || "-._~!$&'()*+,;=:@/%".indexOf(c) >= 0;
  }

  /** {@code path} with every run of slashes made one slash. */
  public static String mergeSlashes(String path) {
    StringBuilder merged = new StringBuilder(path.length());
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c != '/' || merged.length() == 0 || merged.charAt(merged.length() - 1) != '/') {
        merged.append(c);
      }
    }
    return merged.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
