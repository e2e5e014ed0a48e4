package dev.carafe.test;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;

/**
 * Reads a {@code Set-Cookie} header as a browser does (RFC 6265, section 5.2): the name and value
 * up to the first {@code ;}, then attributes, the last of a name winning and one that does not
 * parse ignored.
 *
 * <p>Not {@code java.net.HttpCookie.parse}: it turns {@code Expires} into a {@code Max-Age}
 * counted from the system clock, takes quotes off values that a browser sends back with them,
 * drops {@code SameSite}, keeps a negative {@code Max-Age} as a session cookie, and reads a header
 * with {@code Max-Age} but no {@code Expires} as an RFC 2965 cookie that a comma splits in two.
 */
final class SetCookieHeader {
  /** The IMF-fixdate that servers send and the older dashed form; the day's name is cut off. */
  private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendPattern("d[ ][-]MMM[ ][-]yyyy HH:mm:ss")
      .appendLiteral(" GMT")
      .toFormatter(Locale.ROOT);

  private SetCookieHeader() {}

  /** The cookie {@code header} sets, or {@code null} when a browser would ignore the header. */
  static TestCookie parse(String header) {
    int end = header.indexOf(';');
    String pair = end < 0 ? header : header.substring(0, end);
    int eq = pair.indexOf('=');
    String name = eq < 0 ? "" : pair.substring(0, eq).strip();
    if (name.isEmpty()) {
      return null;
    }
    String value = pair.substring(eq + 1).strip();
    String path = null;
    String domain = null;
    Instant expires = null;
    Duration maxAge = null;
    boolean secure = false;
    boolean httpOnly = false;
    String sameSite = null;
    for (String attribute : end < 0 ? new String[0] : header.substring(end + 1).split(";")) {
      int mark = attribute.indexOf('=');
      String key = (mark < 0 ? attribute : attribute.substring(0, mark)).strip()
          .toLowerCase(Locale.ROOT);
      String text = mark < 0 ? "" : attribute.substring(mark + 1).strip();
      switch (key) {
        case "expires" -> expires = orElse(date(text), expires);
        case "max-age" -> maxAge = orElse(seconds(text), maxAge);
        case "domain" -> domain = text.isEmpty() ? domain : domainOf(text);
        // An empty or relative Path means the default path, as if there were none.
        case "path" -> path = text.startsWith("/") ? text : null;
        case "secure" -> secure = true;
        case "httponly" -> httpOnly = true;
        case "samesite" -> sameSite = text.isEmpty() ? sameSite : text;
        default -> { } // An attribute a browser does not know is ignored.
      }
    }
    return new TestCookie(name, value, path, domain, expires, maxAge, secure, httpOnly, sameSite);
  }

  private static Instant date(String text) {
    try {
      return LocalDateTime.parse(text.substring(text.indexOf(',') + 1).strip(), DATE)
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Duration seconds(String text) {
    if (!text.matches("-?[0-9]+")) {
      return null;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(text));
    } catch (NumberFormatException e) {
      // More digits than a long holds: for ever, or already gone.
      return Duration.ofSeconds(text.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE);
    }
  }

  private static String domainOf(String text) {
    return (text.startsWith(".") ? text.substring(1) : text).toLowerCase(Locale.ROOT);
  }

  private static <T> T orElse(T parsed, T previous) {
    return parsed == null ? previous : parsed;
  }
}
