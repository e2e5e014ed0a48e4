package dev.carafe.middleware;

import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Adds the response headers that turn on the browser's protections, as Flask-Talisman does for
 * Flask, each configurable or off, and never in place of a header the application set itself (a
 * page that must be framed sets its own {@code X-Frame-Options}).
 *
 * <pre>{@code
 * public Middleware middleware() {
 *   return next -> Middleware.chain(next, new ProxyFix(), SecurityHeaders.defaults()
 *       .contentSecurityPolicy("default-src 'self'; img-src 'self' data:")
 *       .hsts(Duration.ofDays(365), true, false));
 * }
 * }</pre>
 *
 * <p>{@link #defaults()}:
 * <ul>
 *   <li>{@code Strict-Transport-Security: max-age=31536000}, on responses to https requests only
 *       (behind a proxy that ends TLS, put {@link ProxyFix} before this so the scheme is right);
 *   <li>{@code X-Content-Type-Options: nosniff};
 *   <li>{@code X-Frame-Options: SAMEORIGIN} and its CSP counterpart
 *       {@code frame-ancestors 'self'} (see {@link Framing});
 *   <li>{@code Referrer-Policy: strict-origin-when-cross-origin};
 *   <li>no {@code Content-Security-Policy} beyond {@code frame-ancestors}: a policy depends on
 *       the application's pages, so it is the application's to write.
 * </ul>
 */
public final class SecurityHeaders implements Middleware {
  private static final Set<String> REFERRER_POLICIES = Set.of("no-referrer",
      "no-referrer-when-downgrade", "origin", "origin-when-cross-origin", "same-origin",
      "strict-origin", "strict-origin-when-cross-origin", "unsafe-url");
  private static final Duration PRELOAD_MINIMUM = Duration.ofDays(365);

  /** Who may show the application's pages in a frame: clickjacking protection. */
  public enum Framing {
    /** No page may: {@code X-Frame-Options: DENY}, {@code frame-ancestors 'none'}. */
    DENY("DENY", "'none'"),
    /** Pages of the same origin: {@code X-Frame-Options: SAMEORIGIN}, {@code frame-ancestors 'self'}. */
    SAME_ORIGIN("SAMEORIGIN", "'self'"),
    /** Any page: no header. */
    ANY(null, null);

    private final String frameOptions;
    private final String ancestors;

    Framing(String frameOptions, String ancestors) {
      this.frameOptions = frameOptions;
      this.ancestors = ancestors;
    }
  }

  private final String hsts;
  private final boolean nosniff;
  private final Framing framing;
  private final String contentSecurityPolicy;
  private final String referrerPolicy;

  private SecurityHeaders(String hsts, boolean nosniff, Framing framing,
      String contentSecurityPolicy, String referrerPolicy) {
    this.hsts = hsts;
    this.nosniff = nosniff;
    this.framing = framing;
    this.contentSecurityPolicy = contentSecurityPolicy;
    this.referrerPolicy = referrerPolicy;
  }

  /** The defaults listed above. */
  public static SecurityHeaders defaults() {
    return new SecurityHeaders("max-age=31536000", true, Framing.SAME_ORIGIN, null,
        "strict-origin-when-cross-origin");
  }

  /**
   * These headers with {@code Strict-Transport-Security} for {@code maxAge} (whole seconds),
   * for subdomains too when {@code includeSubDomains}, and asking to be on the browsers' preload
   * list when {@code preload}.
   *
   * @throws IllegalArgumentException for a negative age, or {@code preload} without subdomains or
   *     with less than a year, which the preload list refuses
   */
  public SecurityHeaders hsts(Duration maxAge, boolean includeSubDomains, boolean preload) {
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("An HSTS max age is not negative, got " + maxAge);
    }
    if (preload && (!includeSubDomains || maxAge.compareTo(PRELOAD_MINIMUM) < 0)) {
      throw new IllegalArgumentException("The HSTS preload list takes a max age of a year or"
          + " more and includeSubDomains; got " + maxAge.toDays() + " days"
          + (includeSubDomains ? "" : " without includeSubDomains"));
    }
    String value = "max-age=" + maxAge.toSeconds() + (includeSubDomains ? "; includeSubDomains" : "")
        + (preload ? "; preload" : "");
    return new SecurityHeaders(value, nosniff, framing, contentSecurityPolicy, referrerPolicy);
  }

  /** These headers without {@code Strict-Transport-Security}. */
  public SecurityHeaders withoutHsts() {
    return new SecurityHeaders(null, nosniff, framing, contentSecurityPolicy, referrerPolicy);
  }

  /** These headers with {@code X-Content-Type-Options: nosniff} or without it. */
  public SecurityHeaders nosniff(boolean nosniff) {
    return new SecurityHeaders(hsts, nosniff, framing, contentSecurityPolicy, referrerPolicy);
  }

  /** These headers letting {@code framing} show the pages in a frame. */
  public SecurityHeaders framing(Framing framing) {
    return new SecurityHeaders(hsts, nosniff, Objects.requireNonNull(framing, "framing"),
        contentSecurityPolicy, referrerPolicy);
  }

  /**
   * These headers with {@code Content-Security-Policy: policy} ({@code null}: none); the
   * {@link Framing}'s {@code frame-ancestors} is added unless the policy has its own.
   */
  public SecurityHeaders contentSecurityPolicy(String policy) {
    if (policy != null) {
      HeaderList.of("Content-Security-Policy", policy);
    }
    return new SecurityHeaders(hsts, nosniff, framing, policy, referrerPolicy);
  }

  /**
   * These headers with {@code Referrer-Policy: policy}, one of the policies or a comma list of
   * them as fallbacks; {@code null}: none.
   */
  public SecurityHeaders referrerPolicy(String policy) {
    if (policy != null) {
      for (String one : policy.split(",", -1)) {
        if (!REFERRER_POLICIES.contains(one.strip())) {
          throw new IllegalArgumentException("'" + one.strip() + "' is not a referrer policy;"
              + " the policies are " + new java.util.TreeSet<>(REFERRER_POLICIES));
        }
      }
    }
    return new SecurityHeaders(hsts, nosniff, framing, contentSecurityPolicy, policy);
  }

  @Override
  public Gateway wrap(Gateway next) {
    Objects.requireNonNull(next, "next");
    String policyWithAncestors = policy(true);
    String policyAlone = policy(false);
    return Middleware.blockingAs(next, (environ, startResponse) -> {
      boolean https = environ.scheme().equals("https");
      return next.call(environ, (status, headers) -> {
        boolean ownFrameOptions = headers.contains("X-Frame-Options");
        boolean ownPolicy = headers.contains("Content-Security-Policy");
        boolean ownAncestors = ownPolicy && headers.all("Content-Security-Policy").stream()
            .anyMatch(value -> value.contains("frame-ancestors"));
        HeaderList answered = headers;
        if (https && hsts != null && !headers.contains("Strict-Transport-Security")) {
          answered = answered.with("Strict-Transport-Security", hsts);
        }
        if (nosniff && !headers.contains("X-Content-Type-Options")) {
          answered = answered.with("X-Content-Type-Options", "nosniff");
        }
        // Framing is one decision: an application that made it with either header keeps it.
        if (framing.frameOptions != null && !ownFrameOptions && !ownAncestors) {
          answered = answered.with("X-Frame-Options", framing.frameOptions);
        }
        String policy = ownFrameOptions ? policyAlone : policyWithAncestors;
        if (policy != null && !ownPolicy) {
          answered = answered.with("Content-Security-Policy", policy);
        }
        if (referrerPolicy != null && !headers.contains("Referrer-Policy")) {
          answered = answered.with("Referrer-Policy", referrerPolicy);
        }
        startResponse.start(status, answered);
      });
    });
  }

  /** The policy configured, with the framing's {@code frame-ancestors} unless it has its own. */
  private String policy(boolean withAncestors) {
    String policy = contentSecurityPolicy == null ? null : contentSecurityPolicy.strip();
    if (!withAncestors || framing.ancestors == null
        || policy != null && policy.contains("frame-ancestors")) {
      return policy;
    }
    String ancestors = "frame-ancestors " + framing.ancestors;
    return policy == null || policy.isEmpty() ? ancestors
        : policy + (policy.endsWith(";") ? " " : "; ") + ancestors;
  }

  @Override
  public String toString() {
    return "SecurityHeaders(hsts=" + hsts + ", nosniff=" + nosniff + ", framing=" + framing
        + ", contentSecurityPolicy=" + contentSecurityPolicy + ", referrerPolicy=" + referrerPolicy
        + ")";
  }
}
