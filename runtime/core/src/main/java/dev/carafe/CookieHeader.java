package dev.carafe;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses {@code Cookie} request headers ({@code a=1; b="two"}) as browsers send them: pairs split
 * on {@code ;}, quotes around a value taken off, the first of two cookies of one name kept (the
 * browser sends the most specific path first), pairs without {@code =} skipped.
 */
final class CookieHeader {
  private CookieHeader() {}

  static Map<String, String> parse(List<String> headers) {
    Map<String, String> cookies = new LinkedHashMap<>();
    for (String header : headers) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = pair.substring(0, eq).trim();
        String value = pair.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (!name.isEmpty()) {
          cookies.putIfAbsent(name, value);
        }
      }
    }
    return Collections.unmodifiableMap(cookies);
  }
}
