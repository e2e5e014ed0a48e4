package dev.carafe.server;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

/**
 * What every adapter's started server shares: where it listens, and a stop that drains the
 * requests in flight for up to the drain timeout, then closes the server and its request threads,
 * once. An adapter says how to drain and how to close.
 */
public abstract class RunningServer implements Server {
  private final ServerSettings settings;
  private final int port;
  private final ExecutorService requestThreads;
  private boolean stopped;

  /**
   * @param settings the options the server was started with
   * @param port the port it listens on (the one chosen, when {@code 0} was asked for)
   * @param requestThreads the thread-per-request executor, or {@code null}; shut down on stop
   */
  protected RunningServer(ServerSettings settings, int port, ExecutorService requestThreads) {
    this.settings = settings;
    this.port = port;
    this.requestThreads = requestThreads;
  }

  @Override
  public final String host() {
    return settings.host();
  }

  @Override
  public final int port() {
    return port;
  }

  @Override
  public final synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      drain(Duration.ofMillis(Math.max(1, settings.drainTimeout().toMillis())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        shutDown();
      } finally {
        if (requestThreads != null) {
          requestThreads.shutdownNow();
        }
      }
    }
  }

  /**
   * Answers new requests 503 and returns when none is left in flight, or when {@code timeout}
   * has passed.
   */
  protected abstract void drain(Duration timeout) throws InterruptedException;

  /** Closes the listener, the connections and the server's own threads. */
  protected abstract void shutDown();

  /** The adapter's name and the server's root URL: {@code UndertowServer[http://...]}. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + uri() + (stopped ? ", stopped" : "") + "]";
  }
}
