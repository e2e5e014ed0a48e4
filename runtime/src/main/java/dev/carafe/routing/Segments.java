package dev.carafe.routing;

/**
 * The checks generated matchers make on the raw path, in place: where a segment ends, and whether
 * characters are a number a converter accepts. Nothing here allocates.
 */
public final class Segments {
  private Segments() {}

  /** The index of the next {@code /} at or after {@code from}, or the path's length. */
  public static int end(String path, int from) {
    int slash = path.indexOf('/', from);
    return slash < 0 ? path.length() : slash;
  }

  /**
   * Where the run of digits starting at {@code from} ends (before {@code to}); with {@code signed},
   * a leading minus sign belongs to the run. Returns {@code from} when there are no digits.
   */
  public static int digitsEnd(String path, int from, int to, boolean signed) {
    int i = from;
    if (signed && i < to && path.charAt(i) == '-') {
      i++;
    }
    int digits = i;
    while (i < to && path.charAt(i) >= '0' && path.charAt(i) <= '9') {
      i++;
    }
    return i == digits ? from : i;
  }

  /**
   * Whether {@code path[from, to)} is an integer in {@code [min, max]}, with exactly
   * {@code fixedDigits} digits when that is not 0. A value too large for a {@code long} is not.
   */
  public static boolean isInteger(String path, int from, int to, int fixedDigits, long min, long max) {
    int i = from;
    boolean negative = i < to && path.charAt(i) == '-';
    if (negative) {
      i++;
    }
    if (i == to || fixedDigits > 0 && to - i != fixedDigits) {
      return false;
    }
    long value = 0;
    for (; i < to; i++) {
      int digit = path.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return false;
      }
      if (value > (Long.MAX_VALUE - digit) / 10) {
        return false;
      }
      value = value * 10 + digit;
    }
    long signedValue = negative ? -value : value;
    return signedValue >= min && signedValue <= max;
  }
}
