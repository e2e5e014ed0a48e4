package dev.carafe.internal.routing;

/**
 * The checks the dispatch table makes on the raw path, in place: where a segment ends, and whether
 * characters are a value a converter accepts. Nothing here allocates, except
 * {@link #mergeSlashes} on the path of a redirect.
 */
public final class Segments {
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
   * dot and digits, with a leading minus only when {@code signed}, and a value in
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
    if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
      return true;
    }
    double value = Double.parseDouble(path.substring(from, to));
    return value >= min && value <= max;
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
