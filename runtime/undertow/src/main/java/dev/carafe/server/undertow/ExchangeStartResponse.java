package dev.carafe.server.undertow;

import dev.carafe.gateway.HeaderList;
import dev.carafe.server.OnceStartResponse;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;

/**
 * The {@link dev.carafe.gateway.StartResponse} the Undertow adapter hands to the gateway: sets the
 * status and copies the headers onto the exchange, once ({@link OnceStartResponse}).
 */
final class ExchangeStartResponse extends OnceStartResponse {
  private final HttpServerExchange exchange;

  ExchangeStartResponse(HttpServerExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  protected void apply(int status, HeaderList headers) {
    exchange.setStatusCode(status);
    HeaderMap target = exchange.getResponseHeaders();
    for (int i = 0; i < headers.size(); i++) {
      target.add(HttpString.tryFromString(headers.name(i)), headers.value(i));
    }
  }
}
