package dev.carafe.metrics;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.HttpStatus;
import dev.carafe.gateway.Middleware;
import dev.carafe.gateway.StartResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Serves a Prometheus registry's scrape at a path ({@code /metrics} unless {@link #at moved}),
 * in the format the scraper's {@code Accept} asks for, as the Prometheus client's own HTTP server
 * chooses it: OpenMetrics text for {@code application/openmetrics-text}, Prometheus protobuf for
 * its media type, else the Prometheus text format 0.0.4. {@code GET} and {@code HEAD} only (others
 * get 405 with {@code Allow}); every other path goes on to the wrapped gateway.
 *
 * <p>The scrape tells whoever reads it the application's endpoints and traffic, and the JVM's
 * memory and threads: keep strangers from it. Where a proxy stands in front, refuse the path
 * there (nginx: {@code location = /metrics { allow 10.0.0.0/8; deny all; }}) and let Prometheus
 * scrape the instances directly; or {@link #allowFrom allow} only the scraper's addresses here,
 * which others get a 403 from. The address checked is the environ's: put {@code ProxyFix} outside
 * this layer, or behind a proxy every request comes from the proxy's address.
 */
public final class PrometheusEndpoint implements Middleware {
  /** An IPv4 address in dotted decimal: text that {@link InetAddress#getByName} never looks up. */
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final String ALLOW = "GET, HEAD";

  private final PrometheusMeterRegistry registry;
  private final ExpositionFormats formats;
  private final String path;
  private final Set<InetAddress> allowed;

  private PrometheusEndpoint(PrometheusMeterRegistry registry, ExpositionFormats formats,
      String path, Set<InetAddress> allowed) {
    this.registry = registry;
    this.formats = formats;
    this.path = path;
    this.allowed = allowed;
  }

  /** The scrape of {@code registry} at {@code /metrics}, for any client. */
  public static PrometheusEndpoint of(PrometheusMeterRegistry registry) {
    return new PrometheusEndpoint(Objects.requireNonNull(registry, "registry"),
        ExpositionFormats.init(), "/metrics", Set.of());
  }

  /** This endpoint at {@code path}, a path below the application's mount point such as {@code /internal/metrics}. */
  public PrometheusEndpoint at(String path) {
    if (!path.startsWith("/") || path.startsWith("//") || path.contains("?")) {
      throw new IllegalArgumentException("The scrape's path must start with one '/' and have no"
          + " query, like \"/metrics\", got \"" + path + "\"");
    }
    return new PrometheusEndpoint(registry, formats, path, allowed);
  }

  /**
   * This endpoint answering only requests from {@code addresses}, IP addresses written out
   * ({@code 127.0.0.1}, {@code ::1}; no host names, no ranges); a request from any other gets
   * 403.
   *
   * @throws IllegalArgumentException when an address is not an IP address
   */
  public PrometheusEndpoint allowFrom(String... addresses) {
    List<InetAddress> parsed = new ArrayList<>();
    for (String address : addresses) {
      InetAddress ip = literal(address);
      if (ip == null) {
        throw new IllegalArgumentException("allowFrom takes IP addresses, like \"127.0.0.1\" or"
            + " \"::1\", and got \"" + address + "\"");
      }
      parsed.add(ip);
    }
    return new PrometheusEndpoint(registry, formats, path, Set.copyOf(parsed));
  }

  @Override
  public Gateway wrap(Gateway next) {
    Objects.requireNonNull(next, "next");
    return new Gateway() {
      @Override
      public Body call(Environ environ, StartResponse startResponse) {
        if (!environ.pathInfo().equals(path)) {
          return next.call(environ, startResponse);
        }
        if (!allowed.isEmpty() && !isAllowed(environ.remoteAddress())) {
          startResponse.start(403, HeaderList.of("Content-Type", "text/html; charset=utf-8"));
          return Body.of(HttpStatus.FORBIDDEN.htmlPage());
        }
        boolean head = environ.method().equals("HEAD");
        if (!head && !environ.method().equals("GET")) {
          startResponse.start(405, HeaderList.of("Content-Type", "text/html; charset=utf-8",
              "Allow", ALLOW));
          return Body.of(HttpStatus.METHOD_NOT_ALLOWED.htmlPage());
        }
        ExpositionFormatWriter writer = formats.findWriter(Objects.requireNonNullElse(environ.headers().first("Accept"), ""));
        byte[] scrape = scrape(writer);
        startResponse.start(200, HeaderList.of("Content-Type", writer.getContentType(),
            "Content-Length", Integer.toString(scrape.length), "Cache-Control", "no-store"));
        return head ? Body.empty() : Body.of(scrape);
      }

      /** The scrape is formatted under the registry's locks: it goes to a request thread. */
      @Override
      public boolean mayBlock(Environ environ) {
        return environ.pathInfo().equals(path) || next.mayBlock(environ);
      }
    };
  }

  private boolean isAllowed(String remoteAddress) {
    InetAddress address = literal(remoteAddress);
    return address != null && allowed.contains(address);
  }

  private byte[] scrape(ExpositionFormatWriter writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
    try {
      writer.write(out, registry.getPrometheusRegistry().scrape());
    } catch (IOException e) {
      throw new UncheckedIOException("Writing to memory failed", e);
    }
    return out.toByteArray();
  }

  /**
   * The IP address {@code text} writes out, or {@code null} when it is none: only text that
   * {@link InetAddress#getByName} parses without a DNS lookup is given to it.
   */
  private static InetAddress literal(String text) {
    if (!IPV4.matcher(text).matches() && text.indexOf(':') < 0) {
      return null;
    }
    try {
      return InetAddress.getByName(text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
