package dev.carafe.internal.session;

import dev.carafe.App;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.SetCookie;
import dev.carafe.Session;
import dev.carafe.SessionInterface;
import dev.carafe.config.Config;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Flask's {@code SecureCookieSessionInterface}: the session in a cookie signed with
 * {@code SECRET_KEY} ({@link SignedCookie}), so that Flask and Carafe read each other's. Its rules
 * are Flask's: {@code Vary: Cookie} when the session was accessed; the cookie deleted when a
 * changed session is empty; set when changed, or on every request for a permanent session while
 * {@code SESSION_REFRESH_EACH_REQUEST} is on; {@code Expires} for a permanent session only; a
 * warning when the cookie is larger than {@code MAX_COOKIE_SIZE}. Without a secret key the
 * session can be read (it is empty) but not changed.
 */
public final class CookieSessions implements SessionInterface {
  private static final System.Logger LOG = System.getLogger(App.class.getName());
  static final String NO_SECRET_KEY = "The session is unavailable because no secret key was set."
      + " Set SECRET_KEY in the application's configuration (for example CARAFE_SECRET_KEY in the"
      + " environment) to something unique and secret.";

  private final Config config;
  private final SignedCookie cookie;
  private final Clock clock;

  /** The sessions of an application configured by {@code config}, on the system clock. */
  public CookieSessions(Config config) {
    this(config, Clock.systemUTC());
  }

  /** As {@link #CookieSessions(Config)}, signing and checking times on {@code clock}. */
  public CookieSessions(Config config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.cookie = config.find(Config.SECRET_KEY)
        .map(key -> new SignedCookie(bytes(key), fallbacks(config),
            config.get(Config.PERMANENT_SESSION_LIFETIME), clock))
        .orElse(null);
  }

  private static byte[] bytes(String key) {
    return key.getBytes(StandardCharsets.UTF_8);
  }

  private static List<byte[]> fallbacks(Config config) {
    List<byte[]> keys = new ArrayList<>();
    config.get(Config.SECRET_KEY_FALLBACKS).forEach(key -> keys.add(bytes(key)));
    return keys;
  }

  @Override
  public Session open(Request request, App app) {
    if (cookie == null) {
      return Session.unavailable(NO_SECRET_KEY);
    }
    String value = request.cookie(config.get(Config.SESSION_COOKIE_NAME));
    if (value == null || value.isEmpty()) {
      return Session.of(Map.of(), true);
    }
    return cookie.decode(value).map(values -> Session.of(values, false))
        .orElseGet(() -> Session.of(Map.of(), true));
  }

  @Override
  public Response save(Session session, Request request, Response response, App app) {
    if (session.isUnavailable()) {
      return response;
    }
    if (session.isAccessed()) {
      response = varyByCookie(response);
    }
    String name = config.get(Config.SESSION_COOKIE_NAME);
    if (session.snapshot().isEmpty()) {
      // A session emptied by this request: the client forgets its cookie.
      return session.isModified()
          ? varyByCookie(response.withCookie(attributes(SetCookie.deleting(name))))
          : response;
    }
    boolean permanent = Boolean.TRUE.equals(session.snapshot().get("_permanent"));
    if (!session.isModified() && !(permanent && config.get(Config.SESSION_REFRESH_EACH_REQUEST))) {
      return response;
    }
    SetCookie set = attributes(SetCookie.of(name, cookie.encode(session.snapshot())));
    if (permanent) {
      set = set.expires(ZonedDateTime.ofInstant(
          clock.instant().plus(config.get(Config.PERMANENT_SESSION_LIFETIME)), ZoneOffset.UTC));
    }
    warnIfLarge(set);
    return varyByCookie(response.withCookie(set));
  }

  /** The attributes Flask's configuration gives the session cookie. */
  private SetCookie attributes(SetCookie set) {
    set = set.path(config.find(Config.SESSION_COOKIE_PATH).orElse("/"))
        .httpOnly(config.get(Config.SESSION_COOKIE_HTTPONLY))
        .secure(config.get(Config.SESSION_COOKIE_SECURE))
        .partitioned(config.get(Config.SESSION_COOKIE_PARTITIONED));
    String domain = config.find(Config.SESSION_COOKIE_DOMAIN).orElse(null);
    if (domain != null) {
      set = set.domain(domain);
    }
    String sameSite = config.find(Config.SESSION_COOKIE_SAMESITE).orElse(null);
    return sameSite == null ? set : set.sameSite(sameSite);
  }

  private void warnIfLarge(SetCookie set) {
    int limit = config.get(Config.MAX_COOKIE_SIZE);
    int size = set.headerValue().getBytes(StandardCharsets.UTF_8).length;
    if (limit > 0 && size > limit) {
      // Werkzeug's dump_cookie warning: browsers may ignore a cookie this large.
      LOG.log(System.Logger.Level.WARNING, String.format(Locale.ROOT, "The '%s' cookie is %d bytes,"
          + " over MAX_COOKIE_SIZE (%d): browsers may silently ignore it. Keep less in the session.",
          set.name(), size, limit));
    }
  }

  private static Response varyByCookie(Response response) {
    String vary = response.header("Vary");
    if (vary == null) {
      return response.withOnlyHeader("Vary", "Cookie");
    }
    for (String item : vary.split(",")) {
      if (item.trim().equalsIgnoreCase("Cookie") || item.trim().equals("*")) {
        return response;
      }
    }
    return response.withOnlyHeader("Vary", vary + ", Cookie");
  }
}
