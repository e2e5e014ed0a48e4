package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cross-origin resource sharing (the CORS protocol of the Fetch standard): lets pages of other
 * origins call the application from a browser, as flask-cors does for Flask.
 *
 * <pre>{@code
 * public Middleware middleware() {
 *   return Cors.forOrigins("https://app.example", "https://admin.example")
 *       .allowMethods("GET", "POST", "PUT", "DELETE")
 *       .allowHeaders("Content-Type", "Authorization")
 *       .exposeHeaders("X-Total-Count")
 *       .allowCredentials()
 *       .maxAge(Duration.ofMinutes(10));
 * }
 * }</pre>
 *
 * <ul>
 *   <li>A preflight ({@code OPTIONS} with {@code Origin} and
 *       {@code Access-Control-Request-Method}) from an allowed origin is answered here, 204 with
 *       {@code Access-Control-Allow-Origin}, {@code -Allow-Methods}, {@code -Allow-Headers},
 *       {@code -Max-Age} and {@code -Allow-Credentials} as configured; the browser then checks
 *       the method and headers it wants against them. The application does not see it.
 *   <li>Any other request from an allowed origin goes to the application, and its response gets
 *       {@code Access-Control-Allow-Origin} (and {@code -Allow-Credentials},
 *       {@code -Expose-Headers}) unless the application set {@code Access-Control-Allow-Origin}
 *       itself.
 *   <li>A preflight from an origin not allowed is answered 204 with no CORS headers (the browser
 *       then refuses the request it wanted to send), without the application.
 *   <li>Any other request from an origin not allowed, or without {@code Origin}, goes to the
 *       application and gets no CORS headers: the browser keeps its response from the calling
 *       page.
 *   <li>{@code Vary: Origin} is added to every response whose CORS headers depend on the origin,
 *       so a cache never serves one origin's answer to another.
 * </ul>
 *
 * <p>Nothing is allowed beyond what is configured: by default only the CORS-safelisted methods
 * ({@code GET}, {@code HEAD}, {@code POST}) and no request headers beyond the safelisted ones.
 * Origins are compared exactly with the browser's serialization ({@code https://app.example},
 * {@code http://localhost:3000}: scheme, host, port only). With credentials nothing is ever
 * {@code *}: the origin is echoed and every list written out, as the standard requires; and any
 * origin with credentials is refused, since it would let every site act as the signed-in user.
 */
public final class Cors implements Middleware {
  private static final List<String> SAFELISTED_METHODS = List.of("GET", "HEAD", "POST");
  /** An origin as a browser serializes it: a scheme, a host and maybe a port, nothing else. */
  private static final Pattern ORIGIN = Pattern.compile("[a-z][a-z0-9+.-]*://[^/?#@\\s]+|null");
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  private final Set<String> origins;
  private final boolean anyOrigin;
  private final List<String> methods;
  private final List<String> headers;
  private final boolean anyHeader;
  private final List<String> exposed;
  private final boolean credentials;
  private final Duration maxAge;

  private Cors(Set<String> origins, boolean anyOrigin, List<String> methods, List<String> headers,
      boolean anyHeader, List<String> exposed, boolean credentials, Duration maxAge) {
    if (anyOrigin && credentials) {
      throw new IllegalStateException("CORS with credentials for any origin would let every site"
          + " send requests as the signed-in user and read the answers: name the origins with"
          + " Cors.forOrigins(...), or leave credentials off");
    }
    this.origins = origins;
    this.anyOrigin = anyOrigin;
    this.methods = methods;
    this.headers = headers;
    this.anyHeader = anyHeader;
    this.exposed = exposed;
    this.credentials = credentials;
    this.maxAge = maxAge;
  }

  /**
   * CORS for pages of {@code origins}, each as a browser sends it in {@code Origin}:
   * {@code https://app.example}, {@code http://localhost:3000}.
   *
   * @throws IllegalArgumentException for a value that is not an origin (a path, a trailing slash)
   */
  public static Cors forOrigins(String... origins) {
    Set<String> allowed = new LinkedHashSet<>();
    for (String origin : origins) {
      if (origin == null || !ORIGIN.matcher(origin).matches()) {
        throw new IllegalArgumentException("'" + origin + "' is not an origin: an origin is a"
            + " scheme, a host and maybe a port, like https://app.example or"
            + " http://localhost:3000, with no path and no trailing slash");
      }
      if (!origin.equals(origin.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("Origin '" + origin + "' in lower case, please, as"
            + " browsers send it: '" + origin.toLowerCase(Locale.ROOT) + "'");
      }
      allowed.add(origin);
    }
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException("Name at least one origin, or use Cors.forAnyOrigin()");
    }
    return new Cors(Set.copyOf(allowed), false, SAFELISTED_METHODS, List.of(), false, List.of(),
        false, null);
  }

  /**
   * CORS for pages of any origin, answered {@code Access-Control-Allow-Origin: *}: for a public
   * API that needs no cookies or credentials.
   */
  public static Cors forAnyOrigin() {
    return new Cors(Set.of(), true, SAFELISTED_METHODS, List.of(), false, List.of(), false, null);
  }

  /** This CORS allowing {@code methods} (replacing the default {@code GET, HEAD, POST}). */
  public Cors allowMethods(String... methods) {
    return new Cors(origins, anyOrigin, tokens("method", methods, false), headers, anyHeader,
        exposed, credentials, maxAge);
  }

  /** This CORS allowing the request headers {@code headers}, such as {@code Content-Type}. */
  public Cors allowHeaders(String... headers) {
    return new Cors(origins, anyOrigin, methods, tokens("header", headers, true), false, exposed,
        credentials, maxAge);
  }

  /** This CORS allowing whatever request headers a preflight asks for. */
  public Cors allowAnyHeader() {
    return new Cors(origins, anyOrigin, methods, List.of(), true, exposed, credentials, maxAge);
  }

  /** This CORS letting the calling page read the response headers {@code headers}. */
  public Cors exposeHeaders(String... headers) {
    return new Cors(origins, anyOrigin, methods, this.headers, anyHeader,
        tokens("header", headers, true), credentials, maxAge);
  }

  /**
   * This CORS allowing credentials (cookies, HTTP authentication):
   * {@code Access-Control-Allow-Credentials: true}.
   *
   * @throws IllegalStateException for {@link #forAnyOrigin()}
   */
  public Cors allowCredentials() {
    return new Cors(origins, anyOrigin, methods, headers, anyHeader, exposed, true, maxAge);
  }

  /** This CORS letting browsers keep a preflight's answer for {@code maxAge} (whole seconds). */
  public Cors maxAge(Duration maxAge) {
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("A max age is not negative, got " + maxAge);
    }
    return new Cors(origins, anyOrigin, methods, headers, anyHeader, exposed, credentials, maxAge);
  }

  @Override
  public Gateway wrap(Gateway next) {
    Objects.requireNonNull(next, "next");
    boolean perOrigin = !anyOrigin || credentials;
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      String origin = environ.headers().first("Origin");
      boolean allowed = origin != null && (anyOrigin || origins.contains(origin));
      String requestedMethod = environ.headers().first("Access-Control-Request-Method");
      if (origin != null && environ.method().equals("OPTIONS") && requestedMethod != null) {
        // Answered here either way, as Jetty's CrossOriginHandler does: a preflight is the CORS
        // protocol's, and no application code runs for an origin that is not allowed.
        startResponse.start(204, allowed
            ? preflight(origin, environ.headers().all("Access-Control-Request-Headers"))
            : vary(HeaderList.empty(), perOrigin ? "Origin" : "Access-Control-Request-Method"));
        return Body.empty();
      }
      return next.call(environ, (status, headers) -> {
        HeaderList answered = headers;
        if (allowed && !headers.contains("Access-Control-Allow-Origin")) {
          answered = answered.with("Access-Control-Allow-Origin", perOrigin ? origin : "*");
          if (credentials) {
            answered = answered.with("Access-Control-Allow-Credentials", "true");
          }
          if (!exposed.isEmpty()) {
            answered = answered.with("Access-Control-Expose-Headers", String.join(", ", exposed));
          }
        }
        startResponse.start(status, perOrigin ? vary(answered, "Origin") : answered);
      });
    });
  }

  private HeaderList preflight(String origin, List<String> requestedHeaders) {
    boolean perOrigin = !anyOrigin || credentials;
    HeaderList answer = HeaderList.of(
        "Access-Control-Allow-Origin", perOrigin ? origin : "*",
        "Access-Control-Allow-Methods", String.join(", ", methods));
    List<String> allowedHeaders = anyHeader ? requested(requestedHeaders) : headers;
    if (!allowedHeaders.isEmpty()) {
      answer = answer.with("Access-Control-Allow-Headers", String.join(", ", allowedHeaders));
    }
    if (credentials) {
      answer = answer.with("Access-Control-Allow-Credentials", "true");
    }
    if (maxAge != null) {
      answer = answer.with("Access-Control-Max-Age", Long.toString(maxAge.toSeconds()));
    }
    // The answer depends on these request headers too, for a cache between.
    return vary(answer, perOrigin
        ? "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
        : "Access-Control-Request-Method, Access-Control-Request-Headers");
  }

  /** The header names a preflight asks for, each a token: what is not one is not echoed. */
  private static List<String> requested(List<String> fields) {
    List<String> names = new ArrayList<>();
    for (String field : fields) {
      for (String name : field.split(",")) {
        String trimmed = name.strip();
        if (TOKEN.matcher(trimmed).matches() && names.size() < 100) {
          names.add(trimmed.toLowerCase(Locale.ROOT));
        }
      }
    }
    return names;
  }

  /** Adds {@code names} to the response's {@code Vary}, keeping what the application put there. */
  static HeaderList vary(HeaderList headers, String names) {
    String vary = headers.first("Vary");
    if (vary == null) {
      return headers.with("Vary", names);
    }
    String present = String.join(",", headers.all("Vary"));
    if (present.strip().equals("*")) {
      return headers;
    }
    List<String> added = new ArrayList<>();
    for (String name : names.split(", ")) {
      boolean already = false;
      for (String existing : present.split(",")) {
        already |= existing.strip().equalsIgnoreCase(name);
      }
      if (!already) {
        added.add(name);
      }
    }
    return added.isEmpty() ? headers : headers.withOnly("Vary", present + ", " + String.join(", ", added));
  }

  private static List<String> tokens(String kind, String[] values, boolean header) {
    List<String> list = new ArrayList<>();
    for (String value : values) {
      if (value == null || !TOKEN.matcher(value).matches()) {
        throw new IllegalArgumentException("'" + value + "' is not an HTTP " + kind + " name");
      }
      if (!header && !value.equals(value.toUpperCase(Locale.ROOT))) {
        // Methods are case-sensitive, and browsers upper-case only the standard ones.
        throw new IllegalArgumentException("Method '" + value + "' in upper case, please: '"
            + value.toUpperCase(Locale.ROOT) + "'");
      }
      list.add(value);
    }
    return List.copyOf(list);
  }

  @Override
  public String toString() {
    return "Cors(origins=" + (anyOrigin ? "*" : origins) + ", methods=" + methods + ", headers="
        + (anyHeader ? "*" : headers) + ", exposed=" + exposed + ", credentials=" + credentials
        + ", maxAge=" + maxAge + ")";
  }
}
