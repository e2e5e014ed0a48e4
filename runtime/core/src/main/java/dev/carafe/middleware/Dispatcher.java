package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Serves several gateways under path prefixes, as Werkzeug's {@code DispatcherMiddleware}: a
 * request goes to the gateway of the longest prefix it is under, which sees the prefix added to
 * its {@linkplain dev.carafe.gateway.Environ#scriptName() script name} and the rest of the path
 * as its path info ({@code ""} for the bare prefix; a Carafe application redirects that to its
 * root, as Werkzeug's map does). A request under no prefix goes to the wrapped gateway unchanged.
 *
 * <pre>{@code
 * // The shop at /, the blog at /blog, the API at /api/v1.
 * Gateway site = Middleware.chain(ShopApp.create(),
 *     Dispatcher.of(Map.of("/blog", BlogApp.create(), "/api/v1", ApiApp.create())));
 * }</pre>
 *
 * <p>An application mounted this way builds its URLs under its prefix
 * ({@code urlFor("index")} is {@code /blog/}), and its redirects stay under it.
 *
 * <p>A prefix matches whole segments: {@code /blog} takes {@code /blog}, {@code /blog/} and
 * {@code /blog/2026/hello}, not {@code /blogger}. Prefixes are compared with the raw path, so one
 * with characters that need percent-encoding is given encoded.
 */
public final class Dispatcher implements Middleware {
  private final Map<String, Gateway> mounts;
  private final int longest;

  private Dispatcher(Map<String, Gateway> mounts) {
    this.mounts = mounts;
    this.longest = mounts.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  /**
   * A dispatcher to {@code mounts}, gateways by the prefix they are served under.
   *
   * @throws IllegalArgumentException for a prefix that does not start with {@code /}, or ends
   *     with one (the root is the wrapped gateway's)
   */
  public static Dispatcher of(Map<String, ? extends Gateway> mounts) {
    Map<String, Gateway> copy = new LinkedHashMap<>();
    mounts.forEach((prefix, gateway) -> {
      if (!prefix.startsWith("/") || prefix.endsWith("/")) {
        throw new IllegalArgumentException("A mount prefix starts with '/' and does not end with"
            + " one, like \"/blog\", got '" + prefix + "'"
            + (prefix.equals("/") || prefix.isEmpty()
                ? ": the root is the gateway the dispatcher wraps" : ""));
      }
      copy.put(prefix, Objects.requireNonNull(gateway, () -> "no gateway for " + prefix));
    });
    return new Dispatcher(Map.copyOf(copy));
  }

  @Override
  public Gateway wrap(Gateway next) {
    Objects.requireNonNull(next, "next");
    return new Gateway() {
      @Override
      public Body call(Environ environ, StartResponse startResponse) {
        Mounted mounted = mountOf(environ);
        return mounted == null ? next.call(environ, startResponse)
            : mounted.gateway.call(mounted.environ, startResponse);
      }

      /** Whether the gateway the request goes to may block for it. */
      @Override
      public boolean mayBlock(Environ environ) {
        Mounted mounted = mountOf(environ);
        return mounted == null ? next.mayBlock(environ) : mounted.gateway.mayBlock(mounted.environ);
      }
    };
  }

  /** The mounted gateway of the longest prefix the request is under, or {@code null}. */
  private Mounted mountOf(Environ environ) {
    String path = environ.pathInfo();
    // Werkzeug strips the path at its last '/' until a prefix matches; no prefix is longer
    // than the longest mount, so a long path costs no more than a short one.
    int end = path.length() <= longest ? path.length() : path.lastIndexOf('/', longest);
    while (end > 0) {
      String prefix = path.substring(0, end);
      Gateway mounted = mounts.get(prefix);
      if (mounted != null) {
        return new Mounted(mounted,
            environ.withPath(environ.scriptName() + prefix, path.substring(end)));
      }
      end = path.lastIndexOf('/', end - 1);
    }
    return null;
  }

  /** A mounted gateway and the request as it sees it. */
  private record Mounted(Gateway gateway, Environ environ) {}

  @Override
  public String toString() {
    return "Dispatcher" + mounts.keySet();
  }
}
