package dev.carafe.server.undertow;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * The {@link StartResponse} the Undertow adapter hands to the gateway: sets the status and copies
 * the headers onto the exchange, once. A second call, or a call after the gateway has returned,
 * is refused, as the gateway contract says.
 */
final class ExchangeStartResponse implements StartResponse {
  private final HttpServerExchange exchange;
  private boolean started;
  private boolean closed;

  ExchangeStartResponse(HttpServerExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public void start(int status, HeaderList headers) {
    if (closed) {
      throw new IllegalStateException(
          "StartResponse was called after the gateway returned; call it before returning the body");
    }
    if (started) {
      throw new IllegalStateException("The response was already started; call StartResponse once");
    }
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("An HTTP status has three digits, got " + status);
    }
    started = true;
    exchange.setStatusCode(status);
    HeaderMap target = exchange.getResponseHeaders();
    for (int i = 0; i < headers.size(); i++) {
      target.add(HttpString.tryFromString(headers.name(i)), headers.value(i));
    }
  }

  /** Whether the gateway started the response. */
  boolean started() {
    return started;
  }

  /** Refuses any later call: the gateway has returned. */
  void close() {
    closed = true;
  }
}
