package dev.carafe.server;

import dev.carafe.gateway.Gateway;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * An HTTP server on Undertow that serves one {@link Gateway}.
 *
 * <pre>{@code
 * try (Server server = Server.builder(app).port(0).start()) {
 *   System.out.println("Listening on " + server.uri());
 * }
 * }</pre>
 *
 * <p>The gateway runs off Undertow's I/O threads, on Undertow's worker pool (or, when
 * {@link Builder#virtualThreads asked for}, on a virtual thread per request on JDK 21 and later),
 * so it may block; a gateway that never blocks may run on the I/O thread instead
 * ({@link Builder#nonBlocking}). It sees the request path raw
 * (percent-encoding left in place). If it throws, or breaks the gateway contract, the failure is
 * logged and the client gets a 500 with no details; the server goes on serving. {@link #stop()}
 * is graceful: new requests are refused with 503 while those in flight get up to the grace period
 * to finish.
 */
public final class Server implements AutoCloseable {
  private final Undertow undertow;
  private final GracefulShutdownHandler graceful;
  private final ExecutorService requestThreads;
  private final String host;
  private final int port;
  private final Duration shutdownGrace;
  private boolean stopped;

  private Server(Undertow undertow, GracefulShutdownHandler graceful,
      ExecutorService requestThreads, String host, int port, Duration shutdownGrace) {
    this.undertow = undertow;
    this.graceful = graceful;
    this.requestThreads = requestThreads;
    this.host = host;
    this.port = port;
    this.shutdownGrace = shutdownGrace;
  }

  /** A builder for a server of {@code gateway}, on 127.0.0.1:8080 unless told otherwise. */
  public static Builder builder(Gateway gateway) {
    return new Builder(gateway);
  }

  /** The host name or address the server listens on, as it was given. */
  public String host() {
    return host;
  }

  /** The port the server listens on: the one the system chose when {@code 0} was asked for. */
  public int port() {
    return port;
  }

  /** The server's root URL, for example {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String address = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return URI.create("http://" + address + ":" + port + "/");
  }

  /**
   * Stops the server: refuses new requests, waits up to the shutdown grace period for those in
   * flight, then closes the listener and the threads. Later calls do nothing.
   */
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    graceful.shutdown();
    try {
      graceful.awaitShutdown(Math.max(1, shutdownGrace.toMillis()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      undertow.stop();
      if (requestThreads != null) {
        requestThreads.shutdownNow();
      }
    }
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "Server[" + uri() + (stopped ? ", stopped" : "") + "]";
  }

  /** Configures and starts a {@link Server}. */
  public static final class Builder {
    private final Gateway gateway;
    private String host = "127.0.0.1";
    private int port = 8080;
    private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private Duration shutdownGrace = Duration.ofSeconds(10);
    // Measured on two cores: the worker pool serves 3x the requests of a virtual thread each
    // (benchmarks/RESULTS.md), so virtual threads are chosen, not assumed.
    private boolean virtualThreads = "true".equalsIgnoreCase(System.getenv("CARAFE_VIRTUAL_THREADS"));
    private boolean nonBlocking;

    private Builder(Gateway gateway) {
      this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    /** The host name or address to listen on; {@code 0.0.0.0} for every IPv4 interface. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port to listen on; {@code 0} lets the system choose a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("A port is 0 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** How many I/O threads accept connections and parse requests; one per core by default. */
    public Builder ioThreads(int ioThreads) {
      if (ioThreads < 1) {
        throw new IllegalArgumentException("The server needs at least one I/O thread");
      }
      this.ioThreads = ioThreads;
      return this;
    }

    /** How long {@link Server#stop()} waits for requests in flight; 10 seconds by default. */
    public Builder shutdownGrace(Duration shutdownGrace) {
      if (shutdownGrace.isNegative()) {
        throw new IllegalArgumentException("The shutdown grace period must not be negative");
      }
      this.shutdownGrace = shutdownGrace;
      return this;
    }

    /**
     * Whether each request runs on a virtual thread of its own where the JDK has them (21 and
     * later), or on Undertow's worker pool (the default, and always on JDK 17). The default can
     * also be set with the environment's {@code CARAFE_VIRTUAL_THREADS=true}. Measured here, the
     * worker pool serves about three times the requests: see {@code benchmarks/RESULTS.md}.
     */
    public Builder virtualThreads(boolean virtualThreads) {
      this.virtualThreads = virtualThreads;
      return this;
    }

    /**
     * Declares that the gateway never blocks (no database call, no sleeping, no waiting on another
     * service), so that a request without a body is answered on the I/O thread that read it, as
     * Undertow's fastest handlers are. A request with a body, and the writing of a streamed or
     * file body, still run on the request threads. A gateway that blocks in this mode stalls every
     * connection of its I/O thread: leave it off unless that is certain.
     */
    public Builder nonBlocking(boolean nonBlocking) {
      this.nonBlocking = nonBlocking;
      return this;
    }

    /**
     * Starts the server.
     *
     * @throws UncheckedIOException when it cannot listen on the host and port (in use, say)
     */
    public Server start() {
      ExecutorService requestThreads = virtualThreads ? RequestThreads.virtualThreadsIfAvailable() : null;
      // A client that sent "Expect: 100-continue" waits for the 100 before sending the body;
      // Undertow's handler sends it when the gateway first reads the body, and not otherwise.
      GatewayHandler handler = new GatewayHandler(gateway);
      HttpHandler dispatch = new BlockingDispatch(requestThreads, handler);
      GracefulShutdownHandler graceful = new GracefulShutdownHandler(new HttpContinueReadHandler(
          nonBlocking ? new IoThreadDispatch(handler, dispatch) : dispatch));
      Undertow undertow = Undertow.builder()
          .addHttpListener(port, host)
          .setIoThreads(ioThreads)
          // Keep the path percent-encoded: routing decodes a parameter only after it matched.
          .setServerOption(UndertowOptions.DECODE_URL, false)
          .setHandler(graceful)
          .build();
      try {
        undertow.start();
      } catch (RuntimeException e) {
        if (requestThreads != null) {
          requestThreads.shutdownNow();
        }
        throw listenFailure(e);
      }
      InetSocketAddress bound =
          (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
      return new Server(undertow, graceful, requestThreads, host, bound.getPort(), shutdownGrace);
    }

    private RuntimeException listenFailure(RuntimeException e) {
      if (!(e.getCause() instanceof IOException)) {
        return e;
      }
      return new UncheckedIOException("Could not listen on " + host + ":" + port + " ("
          + e.getCause().getMessage() + ")", (IOException) e.getCause());
    }
  }
}
