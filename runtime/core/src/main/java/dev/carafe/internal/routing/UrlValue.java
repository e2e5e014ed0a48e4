package dev.carafe.internal.routing;

import dev.carafe.gateway.Percent;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Writes one variable's value into a URL the way its converter reads it back, Werkzeug's
 * {@code to_url}, and refuses a value the converter would not match, so that a built URL always
 * routes to the rule it was built from. The processor picks one per variable.
 */
@FunctionalInterface
public interface UrlValue {
  /**
   * The value as URL text, percent-encoded.
   *
   * @throws IllegalArgumentException when the rule would not match it; the message says why
   */
  String toUrl(Object value);

  /** {@code string}: any text of an allowed length, one segment ({@code /} is encoded). */
  static UrlValue string(long minLength, long maxLength) {
    return value -> {
      String text = value.toString();
      if (text.length() < Math.max(1, minLength) || maxLength >= 0 && text.length() > maxLength) {
        throw new IllegalArgumentException("'" + text + "' has " + text.length()
            + " characters; the rule takes " + Math.max(1, minLength)
            + (maxLength < 0 ? " or more" : maxLength == minLength ? "" : " to " + maxLength));
      }
      return Percent.encodeSegment(text);
    };
  }

  /** {@code path}: text that may hold slashes, not starting with one. */
  static UrlValue path() {
    return value -> {
      String text = value.toString();
      if (text.isEmpty() || text.startsWith("/")) {
        throw new IllegalArgumentException("a path value must be non-empty and not start with '/'");
      }
      return Percent.encodePath(text);
    };
  }

  /** {@code int}: an integral number in range, zero-padded to {@code fixedDigits}. */
  static UrlValue integer(boolean signed, int fixedDigits, long min, long max) {
    return value -> {
      if (!(value instanceof Integer || value instanceof Long || value instanceof Short
          || value instanceof Byte)) {
        throw new IllegalArgumentException("the value must be an integer, got "
            + value.getClass().getSimpleName() + " '" + value + "'");
      }
      long number = ((Number) value).longValue();
      if (number < min || number > max || number < 0 && !signed) {
        throw new IllegalArgumentException(number + " is outside what the rule takes ("
            + (signed ? Math.max(min, Long.MIN_VALUE) : Math.max(min, 0)) + " to " + max + ")");
      }
      String digits = Long.toString(Math.abs(number));
      if (fixedDigits > 0) {
        if (digits.length() > fixedDigits) {
          throw new IllegalArgumentException(number + " has more than " + fixedDigits + " digits");
        }
        digits = "0".repeat(fixedDigits - digits.length()) + digits;
      }
      return number < 0 ? "-" + digits : digits;
    };
  }

  /** {@code float}: a number written with a dot and no exponent, in range. */
  static UrlValue number(boolean signed, double min, double max) {
    return value -> {
      if (!(value instanceof Number)) {
        throw new IllegalArgumentException("the value must be a number, got '" + value + "'");
      }
      double number = ((Number) value).doubleValue();
      if (Double.isNaN(number) || Double.isInfinite(number) || number < min || number > max
          || number < 0 && !signed) {
        throw new IllegalArgumentException(value + " is not a number the rule takes");
      }
      String text = BigDecimal.valueOf(number).toPlainString();
      return text.contains(".") ? text : text + ".0";
    };
  }

  /** {@code uuid}: a {@code UUID}, or text that is one. */
  static UrlValue uuid() {
    return value -> UUID.fromString(value.toString()).toString();
  }

  /** {@code any}: one of the rule's words. */
  static UrlValue any(String... words) {
    List<String> allowed = List.of(words);
    return value -> {
      if (!allowed.contains(value.toString())) {
        throw new IllegalArgumentException("'" + value + "' is not one of " + allowed);
      }
      return Percent.encodeSegment(value.toString());
    };
  }

  /** An application's own converter. */
  static UrlValue custom(ConverterMatcher<?> converter) {
    return converter::toUrlOf;
  }

  /**
   * The value a line of the URL data describes (see {@link ConverterLine}), with an {@code int}'s
   * bounds those of the rule.
   */
  static UrlValue read(String text, String[] texts, ConverterMatcher<?>[] converters) {
    ConverterLine line = ConverterLine.parse(text);
    switch (line.kind()) {
      case "int":
        return integer(line.flag(0), (int) line.number(1), line.number(2), line.number(3));
      case "float":
        return number(line.flag(0), line.real(1), line.real(2));
      case "string":
        return string(line.number(0), line.number(1));
      case "uuid":
        return uuid();
      case "path":
        return path();
      case "any":
        return any(line.words(texts));
      case "custom":
        return custom(line.converter(converters));
      default:
        throw line.unknown("URL data");
    }
  }
}
