package dev.carafe.server.jetty;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.RunningServer;
import dev.carafe.server.Server;
import dev.carafe.server.ServerSettings;
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
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
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
 * <p>{@link Server.Builder#ioThreads} sets Jetty's selector threads. A request without a body for
 * which the gateway says it never blocks ({@link Gateway#mayBlock}) may be answered on the thread
 * that read it; any other is handed to the pool or a virtual thread. Jetty's threads, selectors
 * and pool alike, are named {@code carafe-jetty-N}. A request body up to
 * {@link Server.Builder#bufferedBodySize} is read before the handler is called (Jetty's
 * {@code EagerContentHandler}), with no thread waiting on it.
 *
 * <p>Jetty has one timeout per connection, its idle timeout: it is the idle timeout between
 * requests, the read timeout while a request is read and the write timeout once the response
 * starts. Its parser has no deadline for a request's headers, so a sweep closes connections whose
 * headers have been arriving for longer than the read timeout ({@code SlowHeaderSweeper}): such a
 * connection is closed between one and one and a half read timeouts after its first byte. Jetty
 * counts header bytes, not fields; {@code RequestChecks} answers 431 past the count.
 */
public final class JettyServer extends RunningServer {
  /** The prefix of the names of Jetty's threads, for thread dumps. */
  static final String THREAD_NAME = "carafe-jetty";

  private final org.eclipse.jetty.server.Server jetty;
  private final GracefulHandler graceful;

  private JettyServer(org.eclipse.jetty.server.Server jetty, GracefulHandler graceful,
      ExecutorService virtualThreads, ServerSettings settings, int port) {
    super(settings, port, virtualThreads);
    this.jetty = jetty;
    this.graceful = graceful;
  }

  /** A builder for a Jetty server of {@code gateway}, on 127.0.0.1:8080 unless told otherwise. */
  public static Server.Builder builder(Gateway gateway) {
    return new Builder(gateway);
  }

  @Override
  protected void drain(Duration timeout) throws InterruptedException {
    try {
      // From here new requests get 503; the future completes when none is left in flight.
      graceful.shutdown().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // The drain timeout is over, or the count failed: stop all the same.
    }
  }

  @Override
  protected void shutDown() {
    try {
      jetty.stop();
    } catch (Exception e) {
      System.getLogger(JettyServer.class.getName())
          .log(System.Logger.Level.WARNING, "Jetty did not stop cleanly: " + e);
    }
  }

  private static final class Builder extends Server.Builder {
    /** The connector's one acceptor thread, taken from the pool as the selectors are. */
    private static final int ACCEPTORS = 1;

    Builder(Gateway gateway) {
      super(gateway);
    }

    @Override
    public Server start() {
      ServerSettings settings = settings();
      ExecutorService virtualThreads = virtualThreadsIfAsked();
      // Jetty's acceptor and selectors live in its pool: they are added to the worker threads.
      QueuedThreadPool pool = new QueuedThreadPool(
          settings.workerThreads() + settings.ioThreads() + ACCEPTORS);
      pool.setName(THREAD_NAME);
      if (virtualThreads != null) {
        // Jetty then runs every task that may block, a blocking handler's call first of all, on
        // a virtual thread, and keeps its pool for the selectors.
        pool.setVirtualThreadsExecutor(virtualThreads);
      }
      org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(pool);
      // The graceful stop is JettyServer.stop's own, with its drain timeout.
      jetty.setStopTimeout(0);

      HttpConfiguration http = new HttpConfiguration();
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
      // The request line and the headers together; Jetty answers 414 and 431 past it.
      http.setRequestHeaderSize(settings.maxHeaderSize());
      // The router reads the raw path and decodes a segment only after it matched, so %2F,
      // %2e%2e and empty segments are its to judge; Jetty's default would answer 400.
      http.setUriCompliance(UriCompliance.DEFAULT.with("CARAFE",
          UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR,
          UriCompliance.Violation.AMBIGUOUS_PATH_ENCODING,
          UriCompliance.Violation.AMBIGUOUS_PATH_SEGMENT,
          UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
      ServerConnector connector = new ServerConnector(jetty, ACCEPTORS, settings.ioThreads(),
          new HttpConnectionFactory(http));
      connector.setHost(settings.host());
      connector.setPort(settings.port());
      // Between requests; while one is served, RequestTimeouts gives the read and write ones.
      connector.setIdleTimeout(settings.idleTimeout().toMillis());
      jetty.addConnector(connector);
      // Past the limit the connector stops accepting: new connections wait in the backlog.
      jetty.addBean(new NetworkConnectionLimit(settings.maxConnections(), connector));
      jetty.addBean(new SlowHeaderSweeper(connector, settings.readTimeout()));

      Executor blocking = virtualThreads != null ? virtualThreads : pool;
      Handler served = new GatewayHandler(gateway(), blocking, virtualThreads,
          settings.writeTimeout());
      // A body that fits is read before the handler is called, holding no thread meanwhile.
      if (settings.bufferedBodySize() > 0) {
        served = new EagerContentHandler(served,
            new SmallBodiesEagerly(settings.bufferedBodySize()));
      }
      served = new RequestTimeouts(served, settings.readTimeout(), settings.idleTimeout());
      GracefulHandler graceful =
          new GracefulHandler(new RequestChecks(served, settings.maxHeaderCount()));
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
      return new JettyServer(jetty, graceful, virtualThreads, settings, connector.getLocalPort());
    }

    private RuntimeException listenFailure(Exception e) {
      if (e instanceof IOException) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new UncheckedIOException("Could not listen on " + settings().host() + ":"
            + settings().port() + " (" + cause.getMessage() + ")", (IOException) e);
      }
      return e instanceof RuntimeException ? (RuntimeException) e
          : new IllegalStateException("Jetty did not start", e);
    }
  }
}
