package dev.carafe;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A cookie to set on the client, Flask's {@code set_cookie}: built with its attributes, then
 * added to a response with {@link Response#withCookie(SetCookie)}.
 *
 * <pre>{@code
 * return Response.html(page).withCookie(SetCookie.of("theme", "dark")
 *     .maxAge(Duration.ofDays(30)).httpOnly(true).sameSite("Lax"));
 * }</pre>
 *
 * <p>The name must be a token. A value is sent as it is when it holds only the characters
 * Werkzeug's {@code dump_cookie} leaves alone, and otherwise quoted as Werkzeug quotes it: in
 * double quotes, with {@code "} and {@code \\} escaped by a backslash and every control
 * character, comma, semicolon and non-ASCII byte of its UTF-8 written as a backslash and three
 * octal digits ({@code "a\073 b"}), so any text (a user's, say) can be a value, never another
 * attribute or header; Carafe and Flask read it back as it was. Immutable; each method returns a
 * new cookie.
 */
public final class SetCookie {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

  private final String name;
  private final String value;
  private final Long maxAge;
  private final ZonedDateTime expires;
  private final String path;
  private final String domain;
  private final boolean secure;
  private final boolean httpOnly;
  private final String sameSite;
  private final boolean partitioned;

  private SetCookie(String name, String value, Long maxAge, ZonedDateTime expires, String path,
      String domain, boolean secure, boolean httpOnly, String sameSite, boolean partitioned) {
    this.name = name;
    this.value = value;
    this.maxAge = maxAge;
    this.expires = expires;
    this.path = path;
    this.domain = domain;
    this.secure = secure;
    this.httpOnly = httpOnly;
    this.sameSite = sameSite;
    this.partitioned = partitioned;
  }

  /**
   * A cookie for the whole site ({@code Path=/}) that lasts until the browser closes.
   *
   * @throws IllegalArgumentException for a name that is not a token
   */
  public static SetCookie of(String name, String value) {
    checkName(name);
    checkValue(name, value);
    return new SetCookie(name, value, null, null, "/", null, false, false, null, false);
  }

  /** The cookie that deletes {@code name} on the client: empty, expired, Flask's {@code delete_cookie}. */
  public static SetCookie deleting(String name) {
    return of(name, "").maxAge(Duration.ZERO)
        .expires(ZonedDateTime.of(1970, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC));
  }

  /** This cookie kept for {@code maxAge} ({@code Max-Age}, in whole seconds). */
  public SetCookie maxAge(Duration maxAge) {
    return new SetCookie(name, value, Math.max(0, maxAge.getSeconds()), expires, path, domain,
        secure, httpOnly, sameSite, partitioned);
  }

  /** This cookie kept until {@code expires} ({@code Expires}). */
  public SetCookie expires(ZonedDateTime expires) {
    return new SetCookie(name, value, maxAge, Objects.requireNonNull(expires), path, domain,
        secure, httpOnly, sameSite, partitioned);
  }

  /** This cookie sent only for paths under {@code path}. */
  public SetCookie path(String path) {
    checkAttribute("Path", path);
    return new SetCookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite, partitioned);
  }

  /** This cookie sent to {@code domain} and its subdomains. */
  public SetCookie domain(String domain) {
    checkAttribute("Domain", domain);
    return new SetCookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite, partitioned);
  }

  /** This cookie sent only over HTTPS. */
  public SetCookie secure(boolean secure) {
    return new SetCookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite, partitioned);
  }

  /** This cookie hidden from the page's scripts. */
  public SetCookie httpOnly(boolean httpOnly) {
    return new SetCookie(name, value, maxAge, expires, path, domain, secure, httpOnly, sameSite, partitioned);
  }

  /** This cookie's {@code SameSite}: {@code Strict}, {@code Lax} or {@code None}. */
  public SetCookie sameSite(String sameSite) {
    String normal = sameSite.substring(0, 1).toUpperCase(Locale.ROOT) + sameSite.substring(1).toLowerCase(Locale.ROOT);
    if (!normal.equals("Strict") && !normal.equals("Lax") && !normal.equals("None")) {
      throw new IllegalArgumentException("SameSite is Strict, Lax or None, got '" + sameSite + "'");
    }
    return new SetCookie(name, value, maxAge, expires, path, domain, secure, httpOnly, normal, partitioned);
  }

  /** This cookie partitioned by top-level site (CHIPS); browsers require it to be secure. */
  public SetCookie partitioned(boolean partitioned) {
    return new SetCookie(name, value, maxAge, expires, path, domain, secure || partitioned,
        httpOnly, sameSite, partitioned);
  }

  /** The cookie's name. */
  public String name() {
    return name;
  }

  /** The value of the {@code Set-Cookie} header. */
  public String headerValue() {
    StringBuilder header = new StringBuilder(name).append('=').append(quoted(value));
    if (expires != null) {
      header.append("; Expires=").append(HTTP_DATE.format(expires.withZoneSameInstant(java.time.ZoneOffset.UTC)));
    }
    if (maxAge != null) {
      header.append("; Max-Age=").append(maxAge);
    }
    if (domain != null) {
      header.append("; Domain=").append(domain);
    }
    if (path != null) {
      header.append("; Path=").append(path);
    }
    if (secure) {
      header.append("; Secure");
    }
    if (httpOnly) {
      header.append("; HttpOnly");
    }
    if (sameSite != null) {
      header.append("; SameSite=").append(sameSite);
    }
    if (partitioned) {
      header.append("; Partitioned");
    }
    return header.toString();
  }

  @Override
  public String toString() {
    return headerValue();
  }

  private static void checkName(String name) {
    if (name == null || name.isEmpty()
        || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
      throw new IllegalArgumentException("Cookie name '" + name + "' is not a token");
    }
  }

  private static void checkValue(String name, String value) {
    Objects.requireNonNull(value, "value of cookie " + name);
  }

  /** Werkzeug's {@code _cookie_no_quote_re}: what a value may hold and be sent unquoted. */
  private static boolean needsNoQuotes(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean word = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
      if (!word && "!#$%&'()*+-./:<=>?@[]^`{|}~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The value as Werkzeug's {@code dump_cookie} writes it, quoted and escaped when it must be. */
  static String quoted(String value) {
    if (needsNoQuotes(value)) {
      return value;
    }
    StringBuilder out = new StringBuilder(value.length() + 8).append('"');
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '"' || c == '\\') {
        out.append('\\').append((char) c);
      } else if (c < 0x20 || c == ',' || c == ';' || c >= 0x7f) {
        out.append('\\').append((char) ('0' + (c >> 6))).append((char) ('0' + (c >> 3 & 7)))
            .append((char) ('0' + (c & 7)));
      } else {
        out.append((char) c);
      }
    }
    return out.append('"').toString();
  }

  private static void checkAttribute(String attribute, String value) {
    if (value == null || value.chars().anyMatch(c -> c < 0x20 || c == ';' || c >= 0x7f)) {
      throw new IllegalArgumentException(attribute + " '" + value + "' has a character an attribute cannot hold");
    }
  }
}
