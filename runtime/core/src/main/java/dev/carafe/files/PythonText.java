package dev.carafe.files;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The few pieces of Python's {@code str} that Werkzeug's header parsers lean on, so that a header
 * is split, stripped and read as a number exactly as Werkzeug does: {@code str.isspace},
 * {@code str.strip}, {@code str.split()} and {@code int()}.
 */
final class PythonText {
  private PythonText() {}

  /** Python's {@code str.isspace} for one character. */
  static boolean isSpace(char c) {
    if (c <= 0x20) {
      return c == ' ' || c >= 0x09 && c <= 0x0d || c >= 0x1c && c <= 0x1f;
    }
    return c == 0x85 || c == 0xa0 || c == 0x1680 || c >= 0x2000 && c <= 0x200a || c == 0x2028
        || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
  }

  /** Python's {@code str.strip()}. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Python's {@code str.split()}: the runs of text between whitespace. */
  static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(text.substring(start, i));
      }
    }
    return words;
  }

  /**
   * Python's {@code int(text)}: surrounding whitespace, a sign, decimal digits of any script and
   * single underscores between digits; {@code null} where Python raises {@code ValueError}.
   */
  static BigInteger toInt(String text) {
    String s = strip(text);
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i == s.length()) {
      return null;
    }
    StringBuilder digits = new StringBuilder(s.length());
    boolean lastWasDigit = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '_') {
        if (!lastWasDigit || i + 1 == s.length()) {
          return null;
        }
        lastWasDigit = false;
        continue;
      }
      int digit = Character.digit(c, 10);
      if (digit < 0) {
        return null;
      }
      digits.append((char) ('0' + digit));
      lastWasDigit = true;
    }
    BigInteger value = new BigInteger(digits.toString());
    return negative ? value.negate() : value;
  }

  /**
   * Python's {@code str.isdigit} for one character: decimal digits, and the other digits (such as
   * superscripts) Unicode gives a value from 0 to 9.
   */
  static boolean isDigit(char c) {
    if (Character.isDigit(c)) {
      return true;
    }
    int value = Character.getNumericValue(c);
    return Character.getType(c) == Character.OTHER_NUMBER && value >= 0 && value <= 9;
  }
}
