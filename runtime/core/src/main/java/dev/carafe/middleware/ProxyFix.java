package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.Headers;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Trusts the {@code X-Forwarded-} headers of the proxies in front of the application, as
 * Werkzeug's {@code ProxyFix}: the client's address, the scheme, host, port and mount point the
 * client addressed replace those of the connection from the proxy, so that
 * {@code urlFor(..., "_external", true)}, redirects, secure cookies and the access log see the
 * request as the client made it.
 *
 * <pre>{@code
 * @Application
 * public class Shop {
 *   // One nginx in front, which sets X-Forwarded-For, -Proto, -Host and -Prefix.
 *   public Middleware middleware() {
 *     return next -> Middleware.chain(next,
 *         new ProxyFix().xHost(1).xPrefix(1), new AccessLog());
 *   }
 * }
 * }</pre>
 *
 * <p>Each setting is the number of proxies trusted to have set that header, Werkzeug's
 * {@code x_for=1, x_proto=1, x_host=0, x_port=0, x_prefix=0} by default; 0 trusts none. Every
 * proxy appends to the comma list, so the value used is the {@code N}th from the right, the one
 * the outermost trusted proxy wrote; a list shorter than {@code N} was not written by the trusted
 * proxies and the header is ignored. Several fields of one header count as one list. Set only the
 * headers a proxy you run really sets (and overwrites): any other can be sent by the client.
 *
 * <ul>
 *   <li>{@code X-Forwarded-For}: {@link Environ#remoteAddress()};
 *   <li>{@code X-Forwarded-Proto}: {@link Environ#scheme()}, {@code http} or {@code https};
 *   <li>{@code X-Forwarded-Host}: {@link Environ#host()} and the {@code Host} header, and the
 *       port when it has one;
 *   <li>{@code X-Forwarded-Port}: {@link Environ#port()}, and the port of the {@code Host}
 *       header;
 *   <li>{@code X-Forwarded-Prefix}: {@link Environ#scriptName()}.
 * </ul>
 *
 * <p>The request as the proxy sent it stays in the environ under {@link #ORIGINAL}, Werkzeug's
 * {@code werkzeug.proxy_fix.orig}. Unlike Werkzeug, a value that the environ cannot hold
 * correctly is ignored rather than passed on: an address with characters no address has, a
 * scheme other than {@code http} and {@code https}, a host with characters no host has, a port
 * that is not 1 to 65535, a prefix that is not an absolute path (or starts with {@code //}, which
 * would make every redirect go to another site). A trailing slash of a prefix is dropped, so that
 * the script name and the path info join with one slash.
 */
public final class ProxyFix implements Middleware {
  /** The request as the proxy sent it, before this middleware changed it. */
  public static final Environ.Key<Original> ORIGINAL =
      Environ.Key.of("carafe.proxy_fix.orig", Original.class);

  /** Werkzeug's {@code _host_re}: a name or IPv4 address, or an IPv6 literal, and a port. */
  private static final Pattern HOST = Pattern.compile(
      "([a-z0-9.-]+|\\[[a-f0-9]*:[a-f0-9.:]+])(?::([0-9]{1,5}))?", Pattern.CASE_INSENSITIVE);
  /** An IPv4 or IPv6 address, a zone, a port, or an obfuscated name (RFC 7239): one token. */
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Za-z.:%_\\[\\]-]{1,100}");
  /** An absolute path of RFC 3986 characters (without {@code ?} and {@code #}). */
  private static final Pattern PREFIX =
      Pattern.compile("/(?!/)([0-9A-Za-z\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})*");

  private final int xFor;
  private final int xProto;
  private final int xHost;
  private final int xPort;
  private final int xPrefix;

  /** Trusts one proxy's {@code X-Forwarded-For} and {@code X-Forwarded-Proto}, nothing else. */
  public ProxyFix() {
    this(1, 1, 0, 0, 0);
  }

  private ProxyFix(int xFor, int xProto, int xHost, int xPort, int xPrefix) {
    this.xFor = count("xFor", xFor);
    this.xProto = count("xProto", xProto);
    this.xHost = count("xHost", xHost);
    this.xPort = count("xPort", xPort);
    this.xPrefix = count("xPrefix", xPrefix);
  }

  /** This middleware trusting {@code proxies} values of {@code X-Forwarded-For}. */
  public ProxyFix xFor(int proxies) {
    return new ProxyFix(proxies, xProto, xHost, xPort, xPrefix);
  }

  /** This middleware trusting {@code proxies} values of {@code X-Forwarded-Proto}. */
  public ProxyFix xProto(int proxies) {
    return new ProxyFix(xFor, proxies, xHost, xPort, xPrefix);
  }

  /** This middleware trusting {@code proxies} values of {@code X-Forwarded-Host}. */
  public ProxyFix xHost(int proxies) {
    return new ProxyFix(xFor, xProto, proxies, xPort, xPrefix);
  }

  /** This middleware trusting {@code proxies} values of {@code X-Forwarded-Port}. */
  public ProxyFix xPort(int proxies) {
    return new ProxyFix(xFor, xProto, xHost, proxies, xPrefix);
  }

  /** This middleware trusting {@code proxies} values of {@code X-Forwarded-Prefix}. */
  public ProxyFix xPrefix(int proxies) {
    return new ProxyFix(xFor, xProto, xHost, xPort, proxies);
  }

  @Override
  public Gateway wrap(Gateway next) {
    return new Gateway() {
      @Override
      public Body call(Environ environ, StartResponse startResponse) {
        return next.call(fix(environ), startResponse);
      }

      @Override
      public boolean mayBlock(Environ environ) {
        return next.mayBlock(fix(environ));
      }
    };
  }

  /** The request as the client made it, as far as the trusted proxies say. */
  Environ fix(Environ environ) {
    Headers headers = environ.headers();
    String hostHeader = headers.first("Host");
    Environ.Builder fixed = environ.toBuilder().attribute(ORIGINAL, new Original(
        environ.remoteAddress(), environ.scheme(), environ.host(), environ.port(), hostHeader,
        environ.scriptName()));

    String forwardedFor = realValue(xFor, headers, "X-Forwarded-For");
    if (forwardedFor != null && ADDRESS.matcher(forwardedFor).matches()) {
      fixed.remoteAddress(forwardedFor);
    }
    String scheme = environ.scheme();
    String proto = realValue(xProto, headers, "X-Forwarded-Proto");
    if (proto != null && (proto.equalsIgnoreCase("http") || proto.equalsIgnoreCase("https"))) {
      scheme = proto.toLowerCase(Locale.ROOT);
      fixed.scheme(scheme);
    }
    // As a server reads them: without a Host header the server's own port is explicit; with one,
    // a header without a port means the scheme's default, which X-Forwarded-Proto may change.
    String newHostHeader = hostHeader;
    String host = environ.host();
    int port = environ.port();
    boolean explicitPort = hostHeader == null || hostPort(hostHeader) != null;
    String forwardedHost = realValue(xHost, headers, "X-Forwarded-Host");
    var hostMatch = forwardedHost == null ? null : HOST.matcher(forwardedHost);
    if (hostMatch != null && hostMatch.matches()
        && (hostMatch.group(2) == null || validPort(hostMatch.group(2)))) {
      newHostHeader = forwardedHost;
      host = unbracketed(hostMatch.group(1));
      explicitPort = hostMatch.group(2) != null;
      if (explicitPort) {
        port = Integer.parseInt(hostMatch.group(2));
      }
    }
    String forwardedPort = realValue(xPort, headers, "X-Forwarded-Port");
    if (forwardedPort != null && validPort(forwardedPort)) {
      port = Integer.parseInt(forwardedPort);
      explicitPort = true;
      if (newHostHeader != null) {
        newHostHeader = withoutPort(newHostHeader) + ":" + forwardedPort;
      }
    }
    if (!explicitPort) {
      port = scheme.equals("https") ? 443 : 80;
    }
    fixed.host(host).port(port);
    if (newHostHeader != null && !newHostHeader.equals(hostHeader)) {
      fixed.headers(new HostReplaced(headers, newHostHeader));
    }
    String prefix = realValue(xPrefix, headers, "X-Forwarded-Prefix");
    if (prefix != null && PREFIX.matcher(prefix).matches()) {
      int end = prefix.length();
      while (end > 0 && prefix.charAt(end - 1) == '/') {
        end--;
      }
      fixed.scriptName(prefix.substring(0, end));
    }
    return fixed.build();
  }

  /**
   * Werkzeug's {@code _get_real_value}: the {@code trusted}th value from the right of the
   * header's list, or {@code null} when nothing is trusted or the list is shorter.
   */
  private static String realValue(int trusted, Headers headers, String name) {
    if (trusted == 0) {
      return null;
    }
    List<String> fields = headers.all(name);
    if (fields.isEmpty()) {
      return null;
    }
    List<String> values = ListHeader.parse(fields.size() == 1 ? fields.get(0) : String.join(",", fields));
    return values.size() >= trusted ? values.get(values.size() - trusted) : null;
  }

  /** The port of a {@code Host} header value, or {@code null} when it has none. */
  private static String hostPort(String hostHeader) {
    int colon = hostHeader.lastIndexOf(':');
    return colon < 0 || hostHeader.endsWith("]") ? null : hostHeader.substring(colon + 1);
  }

  /** Werkzeug's split of a host at its last colon, unless it ends an IPv6 literal. */
  private static String withoutPort(String hostHeader) {
    return hostPort(hostHeader) == null
        ? hostHeader : hostHeader.substring(0, hostHeader.lastIndexOf(':'));
  }

  private static boolean validPort(String digits) {
    if (digits.isEmpty() || digits.length() > 5) {
      return false;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return false;
      }
    }
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65535;
  }

  /** The environ keeps IPv6 hosts without brackets, as servers give them. */
  private static String unbracketed(String host) {
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  private static int count(String name, int proxies) {
    if (proxies < 0) {
      throw new IllegalArgumentException(name + " is how many proxies to trust, 0 or more, got "
          + proxies);
    }
    return proxies;
  }

  @Override
  public String toString() {
    return "ProxyFix(xFor=" + xFor + ", xProto=" + xProto + ", xHost=" + xHost + ", xPort="
        + xPort + ", xPrefix=" + xPrefix + ")";
  }

  /**
   * The request as the proxy sent it, Werkzeug's {@code werkzeug.proxy_fix.orig}.
   *
   * @param remoteAddress the proxy's address, {@code REMOTE_ADDR}
   * @param scheme the scheme of the connection from the proxy, {@code wsgi.url_scheme}
   * @param host the host name, {@code SERVER_NAME}
   * @param port the port, {@code SERVER_PORT}
   * @param hostHeader the {@code Host} header, {@code HTTP_HOST}; {@code null} when absent
   * @param scriptName the mount point, {@code SCRIPT_NAME}
   */
  public record Original(String remoteAddress, String scheme, String host, int port,
      String hostHeader, String scriptName) {}

  /** The request's headers with another {@code Host}, as Werkzeug rewrites {@code HTTP_HOST}. */
  private static final class HostReplaced implements Headers {
    private final Headers headers;
    private final String host;

    HostReplaced(Headers headers, String host) {
      this.headers = headers;
      this.host = host;
    }

    @Override
    public String first(String name) {
      return name.equalsIgnoreCase("Host") ? host : headers.first(name);
    }

    @Override
    public List<String> all(String name) {
      return name.equalsIgnoreCase("Host") ? List.of(host) : headers.all(name);
    }

    @Override
    public List<String> names() {
      List<String> names = new ArrayList<>(headers.names());
      if (names.stream().noneMatch("Host"::equalsIgnoreCase)) {
        names.add("Host");
      }
      return List.copyOf(names);
    }
  }
}
