package dev.carafe.json;

/**
 * How much JSON a reader accepts before it refuses a document, so that a hostile body costs
 * little: the defaults are Jackson's ({@code StreamReadConstraints}), which most Java services
 * run with. A document past a limit is refused with a {@link io.avaje.json.JsonDataException} that
 * names the limit and where it was passed.
 *
 * @param maxSize the most bytes of a document (1 MiB by default)
 * @param maxDepth the most arrays and objects open at once (1000 by default): {@code [[[...]]]}
 *     of 100,000 levels is refused, before any reading that could exhaust the stack
 * @param maxNumberLength the most characters of one number, sign, fraction and exponent included
 *     (1000 by default), and the farthest its exponent may move the point: {@code 1e999999} bound
 *     to a {@code BigDecimal} is refused rather than costing time in each later computation
 */
public record JsonLimits(long maxSize, int maxDepth, int maxNumberLength) {
  private static final JsonLimits DEFAULTS = new JsonLimits(1L << 20, 1000, 1000);

  /** Checks that each limit is positive. */
  public JsonLimits {
    if (maxSize <= 0 || maxDepth <= 0 || maxNumberLength <= 0) {
      throw new IllegalArgumentException("JSON limits must be positive, got " + maxSize + ", "
          + maxDepth + ", " + maxNumberLength);
    }
  }

  /** 1 MiB, 1000 levels, 1000 characters a number. */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }
}
