package dev.carafe.server;

import dev.carafe.Environ;
import io.undertow.server.HttpServerExchange;
import java.net.InetSocketAddress;

/** Makes the {@link Environ} of an Undertow exchange, reading its fields in place. */
final class ExchangeEnviron {
  private ExchangeEnviron() {}

  /**
   * The environ of {@code exchange}, which must already be in blocking mode (its input stream is
   * the request body), or have no body at all. The listener runs with {@code DECODE_URL} off, so
   * the request path is still percent-encoded, as {@link Environ#pathInfo()} promises.
   */
  static Environ of(HttpServerExchange exchange) {
    return Environ.builder()
        .method(exchange.getRequestMethod().toString())
        .scheme(exchange.getRequestScheme())
        .host(exchange.getHostName())
        .port(exchange.getHostPort())
        .scriptName("")
        .pathInfo(exchange.getRequestPath())
        .queryString(exchange.getQueryString())
        .protocol(exchange.getProtocol().toString())
        .remoteAddress(remoteAddress(exchange.getSourceAddress()))
        .headers(new HeaderMapView(exchange.getRequestHeaders()))
        .input(exchange.isBlocking() ? exchange.getInputStream() : java.io.InputStream.nullInputStream())
        .build();
  }

  private static String remoteAddress(InetSocketAddress source) {
    if (source == null) {
      return "";
    }
    // getHostAddress avoids a reverse DNS lookup; an unresolved address has only its host string.
    return source.getAddress() != null
        ? source.getAddress().getHostAddress()
        : source.getHostString();
  }
}
