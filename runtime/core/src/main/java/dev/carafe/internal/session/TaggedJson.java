package dev.carafe.internal.session;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flask's {@code TaggedJSONSerializer} ({@code flask/json/tag.py}): values JSON has no type for
 * are written as a one-key object whose key names the type.
 *
 * <table>
 *   <caption>Tags and their Java values</caption>
 *   <tr><th>tag</th><th>Python</th><th>Java written</th><th>Java read</th></tr>
 *   <tr><td>{@code " t"}</td><td>{@code tuple}</td><td>(none)</td><td>{@code List}</td></tr>
 *   <tr><td>{@code " b"}</td><td>{@code bytes}</td><td>{@code byte[]}</td>
 *       <td>{@code byte[]}</td></tr>
 *   <tr><td>{@code " m"}</td><td>{@code Markup}</td><td>(none)</td><td>{@code String}</td></tr>
 *   <tr><td>{@code " u"}</td><td>{@code UUID}</td><td>{@code UUID}</td><td>{@code UUID}</td></tr>
 *   <tr><td>{@code " d"}</td><td>{@code datetime}</td><td>{@code Instant}</td>
 *       <td>{@code Instant}, or {@code null} when the date does not parse, as Flask's
 *       {@code parse_date} gives {@code None}</td></tr>
 *   <tr><td>{@code " di"}</td><td>a one-key {@code dict} whose key is a tag</td><td>such a
 *       {@code Map}</td><td>{@code Map}</td></tr>
 * </table>
 */
final class TaggedJson {
  private static final Set<String> TAGS = Set.of(" t", " b", " m", " u", " d", " di");
  /** Deeper values are refused: a map that holds itself would otherwise never end. */
  private static final int MAX_DEPTH = 500;
  /** Werkzeug's {@code http_date}: the day always has two digits. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);
  /** Python's {@code datetime} holds years 1 to 9999. */
  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");
  private static final Pattern RFC_2822_DATE = Pattern.compile("\\s*(?:[A-Za-z]{3},\\s*)?"
      + "(\\d{1,2})\\s+([A-Za-z]{3})\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
      + "(?:\\s+(GMT|UTC|UT|Z|[+-]\\d{4}))?\\s*", Pattern.CASE_INSENSITIVE);
  private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

  static final String WRITABLE = "String, Boolean, Integer, Long, Short, Byte, BigInteger,"
      + " Double, Float, List, Map with String keys, byte[], UUID, Instant or null";

  private TaggedJson() {}

  /**
   * The JSON value Flask writes for {@code value}.
   *
   * @param path where {@code value} is, Python-style ({@code session['cart'][2]}), for messages
   * @throws IllegalArgumentException naming the path when a value has no form in Flask's cookie
   */
  static Object tag(Object value, String path) {
    return tag(value, path, 0);
  }

  private static Object tag(Object value, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("The session value " + path + " is nested more than "
          + MAX_DEPTH + " levels deep; does a map or list hold itself?");
    }
    if (value == null || value instanceof String || value instanceof Boolean
        || value instanceof Long || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Double || value instanceof Float) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!(entry.getKey() instanceof String key)) {
          throw new IllegalArgumentException("The session value " + path + " has the key "
              + entry.getKey() + ", which is not a String; JSON keys, and so Flask's session"
              + " keys, are text");
        }
        String at = path + "['" + key + "']";
        object.put(key, tag(entry.getValue(), at, depth + 1));
      }
      if (object.size() == 1 && TAGS.contains(object.keySet().iterator().next())) {
        // Read back, {" t": x} would be taken for a tuple: Flask renames the key " t__".
        Map.Entry<String, Object> only = object.entrySet().iterator().next();
        return Map.of(" di", Collections.singletonMap(only.getKey() + "__", only.getValue()));
      }
      return object;
    }
    if (value instanceof List<?> list) {
      List<Object> array = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        array.add(tag(list.get(i), path + "[" + i + "]", depth + 1));
      }
      return array;
    }
    if (value instanceof byte[] bytes) {
      return Map.of(" b", Base64.getEncoder().encodeToString(bytes));
    }
    if (value instanceof UUID uuid) {
      return Map.of(" u", uuid.toString().replace("-", ""));
    }
    if (value instanceof Instant instant) {
      if (instant.isBefore(FIRST) || !instant.isBefore(END)) {
        throw new IllegalArgumentException("The session value " + path + " is " + instant
            + ", outside the years 1 to 9999 that Python's datetime holds");
      }
      return Map.of(" d", HTTP_DATE.format(instant));
    }
    throw new IllegalArgumentException("The session value " + path + " is a "
        + value.getClass().getName() + ", which Flask's session cookie cannot hold; use "
        + WRITABLE);
  }

  /**
   * The Java value for a JSON value Flask wrote: tags inside are undone first, then the value's
   * own, as Flask's {@code _untag_scan} does.
   *
   * @throws RejectedCookie when a tag holds something Flask would not have written
   */
  static Object untag(Object json) {
    if (json instanceof Map<?, ?> map) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        object.put((String) entry.getKey(), untag(entry.getValue()));
      }
      if (object.size() == 1 && TAGS.contains(object.keySet().iterator().next())) {
        Map.Entry<String, Object> only = object.entrySet().iterator().next();
        return fromTag(only.getKey(), only.getValue());
      }
      return object;
    }
    if (json instanceof List<?> list) {
      List<Object> array = new ArrayList<>(list.size());
      for (Object item : list) {
        array.add(untag(item));
      }
      return array;
    }
    return json;
  }

  private static Object fromTag(String tag, Object value) {
    switch (tag) {
      case " t":
        return require(List.class, value, tag);
      case " m":
        return require(String.class, value, tag);
      case " b":
        try {
          return Base64.getDecoder().decode(require(String.class, value, tag));
        } catch (IllegalArgumentException e) {
          throw new RejectedCookie("the bytes are not base64");
        }
      case " u":
        return uuid(require(String.class, value, tag));
      case " d":
        return date(value);
      default: // " di"
        Map<?, ?> wrapped = require(Map.class, value, tag);
        if (wrapped.isEmpty()) {
          throw new RejectedCookie("an empty ' di' tag");
        }
        Map.Entry<?, ?> first = wrapped.entrySet().iterator().next();
        String key = (String) first.getKey();
        Map<String, Object> object = new LinkedHashMap<>();
        object.put(key.substring(0, Math.max(0, key.length() - 2)), first.getValue());
        return object;
    }
  }

  private static <T> T require(Class<T> type, Object value, String tag) {
    if (!type.isInstance(value)) {
      throw new RejectedCookie("the '" + tag + "' tag holds " + value);
    }
    return type.cast(value);
  }

  /** Python's {@code UUID(hex)}: braces, dashes and a {@code urn:uuid:} prefix are allowed. */
  private static UUID uuid(String text) {
    String hex = text.replace("urn:", "").replace("uuid:", "");
    hex = hex.replaceAll("^[{}]+|[{}]+$", "").replace("-", "");
    if (hex.length() != 32 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
      throw new RejectedCookie("the UUID is malformed");
    }
    byte[] bytes = HexFormat.of().parseHex(hex);
    long high = 0;
    long low = 0;
    for (int i = 0; i < 8; i++) {
      high = (high << 8) | (bytes[i] & 0xff);
      low = (low << 8) | (bytes[i + 8] & 0xff);
    }
    return new UUID(high, low);
  }

  /**
   * Werkzeug's {@code parse_date} for the RFC 2822 forms it meets in practice: what {@code
   * http_date} writes, with or without the weekday (not checked, as Python does not), seconds or
   * zone ({@code GMT}, {@code UTC}, {@code UT}, {@code Z} or {@code +hhmm}; none means UTC). A date
   * it cannot read is {@code null}, not an error, as {@code parse_date} gives {@code None}.
   */
  private static Instant date(Object value) {
    Matcher m = RFC_2822_DATE.matcher(require(String.class, value, " d"));
    int month = m.matches() ? MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) : -1;
    if (month < 0 || month % 3 != 0) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    if (year < 100) {
      // Python's email parser reads years below 100 as two-digit ones, "0099" too.
      year += year > 68 ? 1900 : 2000;
    }
    String zone = m.group(7) == null ? "Z" : m.group(7);
    try {
      ZoneOffset offset = zone.startsWith("+") || zone.startsWith("-")
          ? ZoneOffset.ofHoursMinutes(Integer.parseInt(zone.substring(0, 3)),
              Integer.parseInt(zone.charAt(0) + zone.substring(3)))
          : ZoneOffset.UTC;
      return LocalDateTime.of(year, month / 3 + 1, Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)))
          .toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
