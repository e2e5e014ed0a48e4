package dev.carafe.files;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP dates as Werkzeug reads and writes them. Reading is Python's
 * {@code email.utils.parsedate_to_datetime}, ported line by line, because Werkzeug's
 * {@code parse_date} accepts whatever that lenient parser accepts (RFC 1123, RFC 850, asctime-ish,
 * named zones, two-digit years); a date it cannot read is {@code null}, never an exception.
 * Writing is {@code http_date}: {@code Sun, 06 Nov 1994 08:49:37 GMT}.
 */
final class HttpDate {
  private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun",
      "jul", "aug", "sep", "oct", "nov", "dec", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december");
  private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Map<String, Integer> ZONES = Map.ofEntries(Map.entry("UT", 0),
      Map.entry("UTC", 0), Map.entry("GMT", 0), Map.entry("Z", 0), Map.entry("AST", -400),
      Map.entry("ADT", -300), Map.entry("EST", -500), Map.entry("EDT", -400),
      Map.entry("CST", -600), Map.entry("CDT", -500), Map.entry("MST", -700),
      Map.entry("MDT", -600), Map.entry("PST", -800), Map.entry("PDT", -700));
  private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTH_NAMES = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};

  private HttpDate() {}

  /** {@code instant} as an HTTP date, in whole seconds (a fraction is dropped). */
  public static String format(Instant instant) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    return String.format(Locale.ROOT, "%s, %02d %s %04d %02d:%02d:%02d GMT",
        DAY_NAMES[t.getDayOfWeek().getValue() - 1], t.getDayOfMonth(),
        MONTH_NAMES[t.getMonthValue() - 1], t.getYear(), t.getHour(), t.getMinute(),
        t.getSecond());
  }

  /**
   * The instant {@code value} names, as Werkzeug's {@code parse_date} reads it (no zone: UTC), or
   * {@code null} when it names none.
   */
  public static Instant parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return parseOrNull(value);
    } catch (DateTimeException | ArithmeticException e) {
      // Python's datetime refuses the same values (day 31 of April, hour 24) with ValueError.
      return null;
    }
  }

  /** {@code email._parseaddr._parsedate_tz} and {@code parsedate_to_datetime}. */
  private static Instant parseOrNull(String value) {
    List<String> data = new ArrayList<>(PythonText.split(value));
    if (data.isEmpty()) {
      return null;
    }
    String first = data.get(0);
    if (first.endsWith(",") || DAYS.contains(first.toLowerCase(Locale.ROOT))) {
      data.remove(0);
    } else {
      int comma = first.lastIndexOf(',');
      if (comma >= 0) {
        data.set(0, first.substring(comma + 1));
      }
    }
    if (data.size() == 3) { // RFC 850: 06-Nov-94 08:49:37 GMT
      String[] stuff = data.get(0).split("-", -1);
      if (stuff.length == 3) {
        List<String> rest = data.subList(1, data.size());
        List<String> joined = new ArrayList<>(List.of(stuff));
        joined.addAll(rest);
        data = joined;
      }
    }
    if (data.size() == 4) {
      String s = data.get(3);
      int i = s.indexOf('+');
      if (i == -1) {
        i = s.indexOf('-');
      }
      if (i > 0) {
        data.set(3, s.substring(0, i));
        data.add(s.substring(i));
      } else {
        data.add("");
      }
    }
    if (data.size() < 5) {
      return null;
    }
    String dd = data.get(0);
    String mm = data.get(1);
    String yy = data.get(2);
    String tm = data.get(3);
    String tz = data.get(4);
    if (dd.isEmpty() || mm.isEmpty() || yy.isEmpty()) {
      return null;
    }
    mm = mm.toLowerCase(Locale.ROOT);
    if (!MONTHS.contains(mm)) {
      String swap = mm;
      mm = dd.toLowerCase(Locale.ROOT);
      dd = swap;
      if (!MONTHS.contains(mm)) {
        return null;
      }
    }
    int month = MONTHS.indexOf(mm) + 1;
    if (month > 12) {
      month -= 12;
    }
    if (dd.endsWith(",")) {
      dd = dd.substring(0, dd.length() - 1);
    }
    if (yy.indexOf(':') > 0) {
      String swap = yy;
      yy = tm;
      tm = swap;
    }
    if (yy.endsWith(",")) {
      yy = yy.substring(0, yy.length() - 1);
      if (yy.isEmpty()) {
        return null;
      }
    }
    if (!PythonText.isDigit(yy.charAt(0))) {
      String swap = yy;
      yy = tz;
      tz = swap;
    }
    if (tm.endsWith(",")) {
      tm = tm.substring(0, tm.length() - 1);
    }
    String[] parts = tm.split(":", -1);
    String hh;
    String mi;
    String ss;
    if (parts.length == 2) {
      hh = parts[0];
      mi = parts[1];
      ss = "0";
    } else if (parts.length == 3) {
      hh = parts[0];
      mi = parts[1];
      ss = parts[2];
    } else if (parts.length == 1 && tm.indexOf('.') >= 0) {
      // Some mail agents write 08.49.37.
      String[] dotted = tm.split("\\.", -1);
      if (dotted.length == 2) {
        hh = dotted[0];
        mi = dotted[1];
        ss = "0";
      } else if (dotted.length == 3) {
        hh = dotted[0];
        mi = dotted[1];
        ss = dotted[2];
      } else {
        return null;
      }
    } else {
      return null;
    }
    BigInteger year = PythonText.toInt(yy);
    BigInteger day = PythonText.toInt(dd);
    BigInteger hour = PythonText.toInt(hh);
    BigInteger minute = PythonText.toInt(mi);
    BigInteger second = PythonText.toInt(ss);
    if (year == null || day == null || hour == null || minute == null || second == null) {
      return null;
    }
    if (year.compareTo(BigInteger.valueOf(100)) < 0) {
      year = year.add(BigInteger.valueOf(year.compareTo(BigInteger.valueOf(68)) > 0 ? 1900 : 2000));
    }
    Long offset = zoneOffset(tz);
    if (!fits(year, 1, 9999) || !fits(day, 1, 31) || !fits(hour, 0, 23) || !fits(minute, 0, 59)
        || !fits(second, 0, 59)) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(year.intValue(), month, day.intValue(),
        hour.intValue(), minute.intValue(), second.intValue());
    long seconds = local.toEpochSecond(ZoneOffset.UTC);
    if (offset != null) {
      // Python's timezone() takes only offsets under a day.
      if (Math.abs(offset) >= 86_400) {
        return null;
      }
      seconds -= offset;
    }
    return Instant.ofEpochSecond(seconds);
  }

  /** The zone's offset in seconds, {@code null} for none (or {@code -0000}): UTC. */
  private static Long zoneOffset(String zone) {
    String tz = zone.toUpperCase(Locale.ROOT);
    BigInteger offset;
    if (ZONES.containsKey(tz)) {
      offset = BigInteger.valueOf(ZONES.get(tz));
    } else {
      offset = PythonText.toInt(tz);
      if (offset == null) {
        return null;
      }
    }
    if (offset.signum() == 0) {
      return null;
    }
    int sign = offset.signum();
    BigInteger[] hoursAndMinutes = offset.abs().divideAndRemainder(BigInteger.valueOf(100));
    BigInteger seconds = hoursAndMinutes[0].multiply(BigInteger.valueOf(3600))
        .add(hoursAndMinutes[1].multiply(BigInteger.valueOf(60)));
    if (seconds.bitLength() > 40) {
      return (long) sign * 86_400; // far past a day: refused by the caller
    }
    return sign * seconds.longValue();
  }

  private static boolean fits(BigInteger value, int min, int max) {
    return value.compareTo(BigInteger.valueOf(min)) >= 0
        && value.compareTo(BigInteger.valueOf(max)) <= 0;
  }
}
