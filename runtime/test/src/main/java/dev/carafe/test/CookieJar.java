package dev.carafe.test;

import dev.carafe.gateway.HeaderList;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The cookies of one {@link TestClient}, kept as a browser keeps a single host's (RFC 6265,
 * simplified): {@code Path}, {@code Max-Age}, {@code Expires} and {@code Secure} decide what is
 * sent; {@code Domain} is kept but not checked, since every request goes to one host. Safe to use
 * from several threads.
 */
final class CookieJar {
  private final Clock clock;

  /**
   * In the order first set: a cookie of the same name, domain and path takes the old one's place,
   * as RFC 6265 keeps the old creation time, and cookies of equal paths go out in that order.
   */
  private final Map<Key, Kept> cookies = new LinkedHashMap<>();

  private record Key(String name, String domain, String path) {}

  /** A cookie and the instant it expires, {@code null} for one kept until the jar is cleared. */
  private record Kept(TestCookie cookie, Instant expiry) {}

  CookieJar(Clock clock) {
    this.clock = clock;
  }

  /** Keeps the cookies of a response to a request for {@code requestPath}, or forgets them. */
  synchronized void receive(List<String> setCookieHeaders, String requestPath) {
    Instant now = clock.instant();
    for (String header : setCookieHeaders) {
      TestCookie cookie = SetCookieHeader.parse(header);
      if (cookie != null) {
        keep(cookie.path() == null ? cookie.withPath(defaultPath(requestPath)) : cookie,
            expiry(cookie, now));
      }
    }
    // A cookie that comes already expired (Max-Age=0, an Expires in the past) takes the place
    // of the one it names and goes with it: that is how a server deletes a cookie.
    forgetExpired(now);
  }

  /**
   * {@code headers} with the cookies for a request to {@code path} added, in one {@code Cookie}
   * header after the request's own; a cookie of a name the request sets itself is left out, so the
   * request's wins. The headers are returned as they are when the jar has nothing to add.
   */
  synchronized HeaderList addTo(HeaderList headers, String path, boolean https) {
    forgetExpired(clock.instant());
    List<String> own = headers.all("Cookie");
    Set<String> ownNames = names(own);
    // Longer paths first, as browsers send them; the sort is stable, so equal paths keep their age.
    List<TestCookie> sent = cookies.values().stream()
        .map(Kept::cookie)
        .filter(cookie -> pathMatches(cookie.path(), path))
        .filter(cookie -> https || !cookie.secure())
        .filter(cookie -> !ownNames.contains(cookie.name()))
        .sorted(Comparator.comparingInt((TestCookie cookie) -> cookie.path().length()).reversed())
        .toList();
    if (sent.isEmpty()) {
      return headers;
    }
    StringJoiner header = new StringJoiner("; ");
    own.forEach(header::add);
    sent.forEach(cookie -> header.add(cookie.name() + "=" + cookie.value()));
    return headers.withOnly("Cookie", header.toString());
  }

  /** The cookies not yet expired, in the order first set. */
  synchronized List<TestCookie> cookies() {
    forgetExpired(clock.instant());
    return cookies.values().stream().map(Kept::cookie).toList();
  }

  /** Keeps {@code name=value} for {@code path} until the jar is cleared, as a server could. */
  synchronized void set(String name, String value, String path) {
    keep(new TestCookie(name, value, path, null, null, null, false, false, null), null);
  }

  /** Forgets every cookie called {@code name}, whatever its path or domain. */
  synchronized void delete(String name) {
    cookies.keySet().removeIf(key -> key.name().equals(name));
  }

  synchronized void clear() {
    cookies.clear();
  }

  private void keep(TestCookie cookie, Instant expiry) {
    cookies.put(new Key(cookie.name(), cookie.domain(), cookie.path()), new Kept(cookie, expiry));
  }

  private void forgetExpired(Instant now) {
    cookies.values().removeIf(kept -> kept.expiry() != null && !kept.expiry().isAfter(now));
  }

  /** Max-Age wins over Expires; zero or less is already expired. */
  private static Instant expiry(TestCookie cookie, Instant now) {
    if (cookie.maxAge() == null) {
      return cookie.expires();
    }
    long seconds = Math.max(0, cookie.maxAge().getSeconds());
    // An age past the end of Instant's range would overflow; it means "for ever".
    return seconds >= Instant.MAX.getEpochSecond() - now.getEpochSecond()
        ? Instant.MAX : now.plusSeconds(seconds);
  }

  /**
   * The path a cookie without a {@code Path} is kept for (RFC 6265, section 5.1.4): the request
   * path up to its last {@code /}, or {@code /}.
   */
  private static String defaultPath(String requestPath) {
    int last = requestPath.lastIndexOf('/');
    return last <= 0 ? "/" : requestPath.substring(0, last);
  }

  /**
   * Whether a cookie for {@code cookiePath} goes with a request for {@code requestPath}: the same
   * path or one below it, so {@code /app} matches {@code /app/x} but not {@code /apple}.
   */
  private static boolean pathMatches(String cookiePath, String requestPath) {
    if (!requestPath.startsWith(cookiePath)) {
      return false;
    }
    return requestPath.length() == cookiePath.length() || cookiePath.endsWith("/")
        || requestPath.charAt(cookiePath.length()) == '/';
  }

  /** The names of the cookies in a request's own {@code Cookie} headers. */
  private static Set<String> names(List<String> cookieHeaders) {
    Set<String> names = new HashSet<>();
    for (String header : cookieHeaders) {
      for (String pair : header.split(";")) {
        int eq = pair.indexOf('=');
        names.add((eq < 0 ? pair : pair.substring(0, eq)).strip());
      }
    }
    return names;
  }
}
