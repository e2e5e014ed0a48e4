package dev.carafe.server;

import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;

/**
 * The gateway contract's rules for {@link StartResponse}, kept once for every server adapter: it
 * is called at most once, before the gateway returns, with a three-digit status. An adapter says
 * only how a started response reaches its server ({@link #apply}).
 */
public abstract class OnceStartResponse implements StartResponse {
  private boolean started;
  private boolean closed;

  /** For an adapter's subclass. */
  protected OnceStartResponse() {}

  @Override
  public final void start(int status, HeaderList headers) {
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
    apply(status, headers);
  }

  /** Sets {@code status} and {@code headers} on the server's response; called once. */
  protected abstract void apply(int status, HeaderList headers);

  /** Whether the gateway started the response. */
  public final boolean started() {
    return started;
  }

  /** Refuses any later call: the gateway has returned. */
  public final void close() {
    closed = true;
  }
}
