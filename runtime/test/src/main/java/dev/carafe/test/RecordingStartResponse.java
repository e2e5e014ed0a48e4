package dev.carafe.test;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;

/**
 * The {@link StartResponse} of the test client: keeps the status and headers, and remembers how
 * the gateway broke the contract so the test can be told in plain words.
 */
final class RecordingStartResponse implements StartResponse {
  private int status;
  private HeaderList headers;
  private String violation;
  private boolean closed;

  @Override
  public void start(int status, HeaderList headers) {
    if (closed) {
      violation = "The gateway called StartResponse after it returned";
      throw new IllegalStateException(violation);
    }
    if (this.headers != null) {
      violation = "The gateway called StartResponse a second time (first " + this.status
          + ", then " + status + "); call it exactly once";
      throw new IllegalStateException(violation);
    }
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("An HTTP status has three digits, got " + status);
    }
    this.status = status;
    this.headers = headers;
  }

  /** How the contract was broken, or {@code null}. */
  String violation() {
    return violation;
  }

  void close() {
    closed = true;
  }

  /** Fails the test if the gateway returned without a well-started response. */
  void check(Environ environ, Body body) {
    if (violation != null) {
      throw new AssertionError(violation + " on " + environ);
    }
    if (headers == null) {
      throw new AssertionError("The gateway returned without calling StartResponse on " + environ
          + "; it must call StartResponse once, before returning the body");
    }
    if (body == null) {
      throw new AssertionError("The gateway returned a null body on " + environ
          + "; return Body.empty() for no content");
    }
  }

  int status() {
    return status;
  }

  HeaderList headers() {
    return headers;
  }
}
