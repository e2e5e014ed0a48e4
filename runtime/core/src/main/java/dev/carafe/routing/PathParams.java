package dev.carafe.routing;

import dev.carafe.gateway.Percent;
import java.util.Arrays;
import java.util.UUID;

/**
 * The path parameters a rule captured, kept as offsets into the raw path: a parameter becomes a
 * {@code String} (and is percent-decoded) only when a handler asks for it, and numbers are read
 * straight from the characters.
 */
public final class PathParams {
  private static final PathParams NONE = new PathParams("", new int[0]);

  private final String path;
  private final int[] bounds;
  private final int count;

  /**
   * Parameters of {@code path}.
   *
   * @param path the raw path
   * @param bounds the start and end (exclusive) of each parameter, in pairs
   */
  public PathParams(String path, int... bounds) {
    if (bounds.length % 2 != 0) {
      throw new IllegalArgumentException("bounds come in start and end pairs");
    }
    this.path = path;
    this.bounds = bounds;
    this.count = bounds.length / 2;
  }

  private PathParams(String path, int[] bounds, int count) {
    this.path = path;
    this.bounds = bounds;
    this.count = count;
  }

  /**
   * The first {@code count} parameters of {@code bounds}, which the caller hands over: the array
   * is kept, not copied, so the caller must not write to it again.
   */
  public static PathParams of(String path, int[] bounds, int count) {
    if (bounds.length < count * 2) {
      throw new IllegalArgumentException("bounds has fewer than " + count + " start and end pairs");
    }
    return new PathParams(path, bounds, count);
  }

  /** No parameters. */
  public static PathParams none() {
    return NONE;
  }

  /** How many parameters were captured. */
  public int count() {
    return count;
  }

  /** Parameter {@code index} as sent, still percent-encoded. */
  public String raw(int index) {
    return path.substring(bounds[index * 2], bounds[index * 2 + 1]);
  }

  /** Parameter {@code index}, percent-decoded as UTF-8. */
  public String string(int index) {
    return Percent.decode(path, bounds[index * 2], bounds[index * 2 + 1]);
  }

  /** Parameter {@code index} as an {@code int}; the matcher has checked it is one. */
  public int intValue(int index) {
    return Math.toIntExact(longValue(index));
  }

  /** Parameter {@code index} as a {@code long}; the matcher has checked it is one. */
  public long longValue(int index) {
    int i = bounds[index * 2];
    int end = bounds[index * 2 + 1];
    boolean negative = path.charAt(i) == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    for (; i < end; i++) {
      value = value * 10 + (path.charAt(i) - '0');
    }
    return negative ? -value : value;
  }

  /** Parameter {@code index} as a {@code double}; the matcher has checked it is one. */
  public double doubleValue(int index) {
    return Double.parseDouble(raw(index));
  }

  /** Parameter {@code index} as a {@code float}; the matcher has checked it is one. */
  public float floatValue(int index) {
    return Float.parseFloat(raw(index));
  }

  /** Parameter {@code index} as a {@code UUID}; the matcher has checked it is one. */
  public UUID uuidValue(int index) {
    return UUID.fromString(raw(index));
  }

  @Override
  public String toString() {
    String[] values = new String[count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = raw(i);
    }
    return Arrays.toString(values);
  }
}
