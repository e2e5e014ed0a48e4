package dev.carafe.json;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's {@code repr(float)}: the shortest decimal that reads back as the same double, nearest
 * to it when several are as short, written in fixed notation from 1e-4 to below 1e16 and in
 * Python's exponent form beyond. Java 17's {@code Double.toString} differs in both the form and,
 * for some values, the digits (JDK-4511638). What Python's {@code json.dumps} writes for a
 * finite float (Flask's session cookie), and what Werkzeug's file {@code ETag} embeds
 * ({@code f"{mtime}"}).
 */
public final class PythonFloat {
  private static final RoundingMode[] MODES = {
      RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

  private PythonFloat() {}

  /** {@code repr(value)}: {@code 0.1}, {@code 1e+16}, {@code -0.0}, {@code nan}, {@code inf}. */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    if (value == 0) {
      return 1 / value < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(value).stripTrailingZeros();
    String digits = shortest.unscaledValue().abs().toString();
    // The value is 0.DIGITS times ten to the power point.
    int point = digits.length() - shortest.scale();
    String sign = value < 0 ? "-" : "";
    if (point > -4 && point <= 16) {
      if (point <= 0) {
        return sign + "0." + "0".repeat(-point) + digits;
      }
      if (point >= digits.length()) {
        return sign + digits + "0".repeat(point - digits.length()) + ".0";
      }
      return sign + digits.substring(0, point) + "." + digits.substring(point);
    }
    int exponent = point - 1;
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String power = Integer.toString(Math.abs(exponent));
    return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.length() < 2 ? "0" : "")
        + power;
  }

  /** The fewest significant digits that read back as {@code value}, the nearest of them. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal best = null;
      for (RoundingMode mode : MODES) {
        BigDecimal candidate = exact.round(new MathContext(precision, mode));
        if (candidate.doubleValue() == value && (best == null
            || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
          best = candidate;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return exact;
  }
}
