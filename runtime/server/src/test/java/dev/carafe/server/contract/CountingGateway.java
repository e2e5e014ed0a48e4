package dev.carafe.server.contract;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gateway that reads each request's body as an application does, answers {@code ok}, or 400
 * when the body cannot be read (a bad chunk, say), and counts its calls: a request the server
 * refuses must never reach it.
 */
public final class CountingGateway implements Gateway {
  private final AtomicInteger calls = new AtomicInteger();

  /** How many requests reached the gateway so far. */
  public int calls() {
    return calls.get();
  }

  @Override
  public Body call(Environ environ, StartResponse startResponse) {
    calls.incrementAndGet();
    try {
      environ.input().readAllBytes();
    } catch (IOException badBody) {
      startResponse.start(400, HeaderList.empty());
      return Body.of("bad body");
    }
    startResponse.start(200, HeaderList.empty());
    return Body.of("ok");
  }
}
