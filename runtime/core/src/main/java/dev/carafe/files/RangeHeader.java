package dev.carafe.files;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A {@code Range} header as Werkzeug's {@code parse_range_header} reads it, and its
 * {@code Range.range_for_length}. Werkzeug answers a single range only: several ranges (or ranges
 * out of order, or overlapping) are not satisfiable, so a request for them gets 416, not a
 * multipart body. A suffix range longer than the resource is 416 too, and {@code bytes=-0} is the
 * whole resource, as in Werkzeug.
 *
 * @param units the units, stripped and in lower case (only {@code bytes} is ever satisfiable)
 * @param ranges the ranges: {@code [begin, end)} with {@code end} -1 for an open end, and a
 *     negative or zero {@code begin} with an open end for a suffix ({@code -500})
 */
record RangeHeader(String units, List<long[]> ranges) {
  private static final Pattern PLAIN_INT = Pattern.compile("-?[0-9]+");
  /** Werkzeug's numbers are unbounded; past this one every range is unsatisfiable anyway. */
  private static final long HUGE = Long.MAX_VALUE / 4;

  /** The header read, or {@code null} when it is missing or malformed. */
  public static RangeHeader parse(String value) {
    if (value == null || value.isEmpty() || value.indexOf('=') < 0) {
      return null;
    }
    int equals = value.indexOf('=');
    String units = PythonText.strip(value.substring(0, equals)).toLowerCase(Locale.ROOT);
    List<long[]> ranges = new ArrayList<>();
    long lastEnd = 0;
    for (String part : value.substring(equals + 1).split(",", -1)) {
      String item = PythonText.strip(part);
      int dash = item.indexOf('-');
      if (dash < 0) {
        return null;
      }
      long begin;
      long end;
      if (dash == 0) {
        if (lastEnd < 0) {
          return null;
        }
        Long suffix = plainInt(item);
        if (suffix == null) {
          return null;
        }
        begin = suffix;
        end = -1;
        lastEnd = -1;
      } else {
        Long first = plainInt(PythonText.strip(item.substring(0, dash)));
        if (first == null) {
          return null;
        }
        begin = first;
        if (begin < lastEnd || lastEnd < 0) {
          return null;
        }
        String endText = PythonText.strip(item.substring(dash + 1));
        if (!endText.isEmpty()) {
          Long last = plainInt(endText);
          if (last == null) {
            return null;
          }
          end = last + 1;
          if (begin >= end) {
            return null;
          }
        } else {
          end = -1;
        }
        lastEnd = end;
      }
      ranges.add(new long[] {begin, end});
    }
    return new RangeHeader(units, List.copyOf(ranges));
  }

  /**
   * The {@code [start, stop)} of the resource to send, or {@code null} when the range is not
   * satisfiable for {@code length}: not bytes, not exactly one range, or outside the resource.
   */
  public long[] rangeFor(long length) {
    if (!units.equals("bytes") || ranges.size() != 1) {
      return null;
    }
    long start = ranges.get(0)[0];
    long end = ranges.get(0)[1];
    if (end < 0) {
      end = length;
      if (start < 0) {
        start += length;
      }
    }
    if (start >= end || start < 0 || start >= length) {
      return null;
    }
    return new long[] {start, Math.min(end, length)};
  }

  /** {@code bytes 0-499/1234} for {@code range}, as Werkzeug writes {@code Content-Range}. */
  public String contentRange(long[] range, long length) {
    return units + " " + range[0] + "-" + (range[1] - 1) + "/" + length;
  }

  /** Werkzeug's {@code _plain_int}: ASCII digits and a minus only, stripped; {@code null} else. */
  private static Long plainInt(String text) {
    String s = PythonText.strip(text);
    if (!PLAIN_INT.matcher(s).matches()) {
      return null;
    }
    BigInteger value = new BigInteger(s);
    if (value.bitLength() > 60) {
      return value.signum() < 0 ? -HUGE : HUGE;
    }
    return value.longValue();
  }
}
