package dev.carafe.server.undertow;

import dev.carafe.gateway.Environ;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.ServerConnection;
import io.undertow.util.AttachmentKey;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;

/** Makes the {@link Environ} of an Undertow exchange, reading its fields in place. */
final class ExchangeEnviron {
  /** The client's address as text, made once per connection rather than once per request. */
  private static final AttachmentKey<RemoteAddress> REMOTE_ADDRESS =
      AttachmentKey.create(RemoteAddress.class);

  private ExchangeEnviron() {}

  /**
   * The environ of {@code exchange}, which must already be in blocking mode (its input stream is
   * the request body), or have no body at all. The listener runs with {@code DECODE_URL} off, so
   * the request path is still percent-encoded, as {@link Environ#pathInfo()} promises.
   *
   * @param requestThreads the thread-per-request executor requests run on, or {@code null} for
   *     the worker pool
   */
  static Environ of(HttpServerExchange exchange, Executor requestThreads) {
    Environ.Builder environ = Environ.builder()
        .method(exchange.getRequestMethod().toString())
        .scheme(exchange.getRequestScheme())
        .host(exchange.getHostName())
        .port(exchange.getHostPort())
        .scriptName("")
        .pathInfo(path(exchange))
        .queryString(exchange.getQueryString())
        .protocol(exchange.getProtocol().toString())
        .remoteAddress(remoteAddress(exchange))
        .headers(new HeaderMapView(exchange.getRequestHeaders()))
        .input(exchange.isBlocking() ? exchange.getInputStream() : InputStream.nullInputStream());
    return requestThreads == null ? environ.build()
        : environ.attribute(Environ.REQUEST_THREADS, requestThreads).build();
  }

  /**
   * The path as the client sent it. Not Undertow's request path: that one drops ";" parameters
   * ({@code /items/1;x=y} would route as {@code /items/1}), which Werkzeug and Jetty keep in the
   * path, so that such a request matches no rule it was not written for.
   */
  private static String path(HttpServerExchange exchange) {
    String uri = exchange.getRequestURI();
    if (!exchange.isHostIncludedInRequestURI()) {
      return uri.isEmpty() ? "/" : uri;
    }
    // The absolute form (GET http://host/path): the path starts after the authority.
    int authority = uri.indexOf("://");
    int slash = uri.indexOf('/', authority < 0 ? 0 : authority + 3);
    return slash < 0 ? "/" : uri.substring(slash);
  }

  private static String remoteAddress(HttpServerExchange exchange) {
    InetSocketAddress source = exchange.getSourceAddress();
    ServerConnection connection = exchange.getConnection();
    RemoteAddress remote = connection.getAttachment(REMOTE_ADDRESS);
    if (remote == null || remote.source != source) {
      remote = new RemoteAddress(source, format(source));
      connection.putAttachment(REMOTE_ADDRESS, remote);
    }
    return remote.text;
  }

  private static String format(InetSocketAddress source) {
    if (source == null) {
      return "";
    }
    // getHostAddress avoids a reverse DNS lookup; an unresolved address has only its host string.
    return source.getAddress() != null
        ? source.getAddress().getHostAddress()
        : source.getHostString();
  }

  /** A source address and its text; kept only while the exchange reports the same source. */
  private static final class RemoteAddress {
    final InetSocketAddress source;
    final String text;

    RemoteAddress(InetSocketAddress source, String text) {
      this.source = source;
      this.text = text;
    }
  }
}
