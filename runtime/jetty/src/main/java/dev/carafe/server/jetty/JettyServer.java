package dev.carafe.server.jetty;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A {@link Server} on Jetty 12's core server (no servlets: the gateway sits below them): the
 * gateway runs on Jetty's thread pool (or a virtual thread per request), a file region is written
 * from the file mapped into memory, without a copy through the heap.
 *
 * <pre>{@code
 * try (Server server = JettyServer.builder(app).port(0).start()) {
 *   System.out.println("Listening on " + server.uri());
 * }
 * }</pre>
 *
 * <p>{@link Server.Builder#ioThreads} sets Jetty's selector threads. With
 * {@link Server.Builder#nonBlocking}, Jetty may answer a request without a body on the thread that
 * read it. Jetty's request threads are named {@code carafe-jetty-N}.
 */
public final class JettyServer implements Server {
  /** The prefix of the names of Jetty's threads, for thread dumps. */
  static final String THREAD_NAME = "carafe-jetty";

  private final org.eclipse.jetty.server.Server jetty;
  private final GracefulHandler graceful;
  private final ExecutorService virtualThreads;
  private final String host;
  private final int port;
  private final Duration shutdownGrace;
  private boolean stopped;

  private JettyServer(org.eclipse.jetty.server.Server jetty, GracefulHandler graceful,
      ExecutorService virtualThreads, String host, int port, Duration shutdownGrace) {
    this.jetty = jetty;
    this.graceful = graceful;
    this.virtualThreads = virtualThreads;
    this.host = host;
    this.port = port;
    this.shutdownGrace = shutdownGrace;
  }

  /** A builder for a Jetty server of {@code gateway}, on 127.0.0.1:8080 unless told otherwise. */
  public static Server.Builder builder(Gateway gateway) {
    return new Builder(gateway);
  }

  @Override
  public String host() {
    return host;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      // From here new requests get 503; the future completes when none is left in flight.
      graceful.shutdown().get(Math.max(1, shutdownGrace.toMillis()), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The grace period is over, or the count failed: stop all the same.
    } finally {
      try {
        jetty.stop();
      } catch (Exception e) {
        System.getLogger(JettyServer.class.getName())
            .log(System.Logger.Level.WARNING, "Jetty did not stop cleanly: " + e);
      }
      if (virtualThreads != null) {
        virtualThreads.shutdownNow();
      }
    }
  }

  @Override
  public String toString() {
    return "JettyServer[" + uri() + (stopped ? ", stopped" : "") + "]";
  }

  private static final class Builder extends Server.Builder {
    Builder(Gateway gateway) {
      super(gateway);
    }

    @Override
    public Server start() {
      ExecutorService virtualThreads = virtualThreadsIfAsked();
      QueuedThreadPool pool = new QueuedThreadPool();
      pool.setName(THREAD_NAME);
      if (virtualThreads != null) {
        // Jetty then runs every task that may block, a blocking handler's call first of all, on
        // a virtual thread, and keeps its pool for the selectors.
        pool.setVirtualThreadsExecutor(virtualThreads);
      }
      org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(pool);
      // The graceful stop is JettyServer.stop's own, with its grace period.
      jetty.setStopTimeout(0);

      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      // The router reads the raw path and decodes a segment only after it matched, so %2F,
      // %2e%2e and empty segments are its to judge; Jetty's default would answer 400.
      http.setUriCompliance(UriCompliance.DEFAULT.with("CARAFE",
          UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
          UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
          UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
          UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
      ServerConnector connector =
          new ServerConnector(jetty, -1, ioThreads(), new HttpConnectionFactory(http));
      connector.setHost(host());
      connector.setPort(port());
      jetty.addConnector(connector);

      Executor blocking = virtualThreads != null ? virtualThreads : pool;
      GracefulHandler graceful =
          new GracefulHandler(new GatewayHandler(gateway(), nonBlocking(), blocking));
      jetty.setHandler(graceful);
      try {
        jetty.start();
      } catch (Exception e) {
        try {
          jetty.stop();
        } catch (Exception ignored) {
          // Reported through the start's failure.
        }
        if (virtualThreads != null) {
          virtualThreads.shutdownNow();
        }
        throw listenFailure(e);
      }
      return new JettyServer(jetty, graceful, virtualThreads, host(),
          connector.getLocalPort(), shutdownGrace());
    }

    private RuntimeException listenFailure(Exception e) {
      if (e instanceof IOException) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new UncheckedIOException("Could not listen on " + host() + ":" + port() + " ("
            + cause.getMessage() + ")", (IOException) e);
      }
      return e instanceof RuntimeException ? (RuntimeException) e
          : new IllegalStateException("Jetty did not start", e);
    }
  }
}
