package dev.carafe.server.jetty;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Response;

/**
 * The {@link StartResponse} the Jetty adapter hands to the gateway: sets the status and copies
 * the headers onto the response, once. A second call, or a call after the gateway has returned,
 * is refused, as the gateway contract says.
 */
final class ResponseStartResponse implements StartResponse {
  private final Response response;
  private boolean started;
  private boolean closed;

  ResponseStartResponse(Response response) {
    this.response = response;
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
    response.setStatus(status);
    HttpFields.Mutable target = response.getHeaders();
    for (int i = 0; i < headers.size(); i++) {
      target.add(headers.name(i), headers.value(i));
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
