package dev.carafe.middleware;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import java.nio.charset.StandardCharsets;

/**
 * One request straight through a gateway, for the cases that need what the test client does not
 * vary: the connection's address, or a request with no {@code Host} header at all.
 */
record GatewayCall(int status, HeaderList headers, String text) {
  static GatewayCall of(Gateway gateway, Environ environ) {
    int[] status = {0};
    HeaderList[] headers = {null};
    Body body = gateway.call(environ, (code, list) -> {
      status[0] = code;
      headers[0] = list;
    });
    String text = body instanceof Body.Bytes bytes
        ? new String(bytes.data(), bytes.offset(), bytes.length(), StandardCharsets.UTF_8)
        : "";
    return new GatewayCall(status[0], headers[0], text);
  }
}
