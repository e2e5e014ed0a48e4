package dev.carafe.middleware;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import java.util.Objects;

/**
 * A {@link StartResponse} that holds the status and headers for the middleware to pass on later
 * (changed, or not at all), refusing calls as a server does: a second one, or one after the
 * gateway returned.
 */
final class HeldStart implements StartResponse {
  private int status;
  private HeaderList headers;
  private boolean closed;

  @Override
  public synchronized void start(int status, HeaderList headers) {
    if (closed) {
      throw new IllegalStateException(
          "StartResponse was called after the gateway returned; call it before returning the body");
    }
    if (this.headers != null) {
      throw new IllegalStateException("The response was already started; call StartResponse once");
    }
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
  }

  /** Refuses any later call: the gateway has returned (or its answer is no longer wanted). */
  synchronized void close() {
    closed = true;
  }

  /** Whether the gateway started the response. */
  synchronized boolean started() {
    return headers != null;
  }

  synchronized int status() {
    return status;
  }

  synchronized HeaderList headers() {
    return headers;
  }
}
