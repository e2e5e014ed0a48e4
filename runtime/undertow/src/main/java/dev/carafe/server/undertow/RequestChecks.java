package dev.carafe.server.undertow;

import dev.carafe.gateway.HttpStatus;
import dev.carafe.server.TransferCodings;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Protocols;

/**
 * What Undertow's parser lets through and a server must refuse, checked on the I/O thread before
 * anything reads the body: a protocol other than HTTP/1.0 and 1.1 (505); a
 * {@code Transfer-Encoding} other than {@code chunked} alone ({@link TransferCodings}: 400, or
 * 501 for a coding Undertow would pass on undone); more than one {@code Content-Length} (400); a request line
 * past the header size (414); headers past their size or count (431). Each is answered and the
 * connection closed, the body left unread.
 *
 * <p>Undertow parses up to twice the size and count it is given itself, so that these answers can
 * be given here; past twice, its own parser answers 400 and closes.
 */
final class RequestChecks implements HttpHandler {
  private final HttpHandler next;
  private final int maxHeaderSize;
  private final int maxHeaderCount;

  RequestChecks(HttpHandler next, int maxHeaderSize, int maxHeaderCount) {
    this.next = next;
    this.maxHeaderSize = maxHeaderSize;
    this.maxHeaderCount = maxHeaderCount;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    HttpStatus refusal = refusal(exchange);
    if (refusal == null) {
      next.handleRequest(exchange);
      return;
    }
    Refusal.answer(exchange, refusal);
  }

  private HttpStatus refusal(HttpServerExchange exchange) {
    if (exchange.getProtocol() != Protocols.HTTP_1_1
        && exchange.getProtocol() != Protocols.HTTP_1_0) {
      return HttpStatus.HTTP_VERSION_NOT_SUPPORTED;
    }
    HeaderValues transferEncoding = exchange.getRequestHeaders().get(Headers.TRANSFER_ENCODING);
    HeaderValues contentLength = exchange.getRequestHeaders().get(Headers.CONTENT_LENGTH);
    if (transferEncoding != null) {
      HttpStatus framing = TransferCodings.refusal(transferEncoding,
          exchange.getProtocol() == Protocols.HTTP_1_0, contentLength != null);
      if (framing != null) {
        return framing;
      }
    }
    if (contentLength != null
        && (contentLength.size() > 1 || !isLength(contentLength.getFirst()))) {
      return HttpStatus.BAD_REQUEST;
    }
    int lineLength = exchange.getRequestMethod().length() + exchange.getRequestURI().length()
        + (exchange.getQueryString().isEmpty() ? 0 : 1 + exchange.getQueryString().length())
        + exchange.getProtocol().length() + 4;
    if (lineLength > maxHeaderSize) {
      return HttpStatus.REQUEST_URI_TOO_LARGE;
    }
    int count = 0;
    long size = lineLength;
    for (HeaderValues values : exchange.getRequestHeaders()) {
      for (String value : values) {
        count++;
        size += values.getHeaderName().length() + value.length() + 4;
      }
    }
    return count > maxHeaderCount || size > maxHeaderSize
        ? HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE : null;
  }

  /**
   * Whether {@code value} is a length as RFC 9110 writes it, digits only, that fits a
   * {@code long}: Undertow takes a longer one as no length at all and waits for a body that has
   * no end.
   */
  private static boolean isLength(String value) {
    if (value.isEmpty() || value.length() > 18) {
      return value.length() == 19 && value.chars().allMatch(c -> c >= '0' && c <= '9')
          && value.compareTo(String.valueOf(Long.MAX_VALUE)) <= 0;
    }
    return value.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
