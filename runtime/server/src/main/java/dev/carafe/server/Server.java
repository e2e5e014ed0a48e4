package dev.carafe.server;

import dev.carafe.gateway.Gateway;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server serving one {@link Gateway}, whichever server library runs it: Undertow
 * ({@code dev.carafe.server.undertow.UndertowServer}) or Jetty
 * ({@code dev.carafe.server.jetty.JettyServer}). Both keep one contract, checked by one test
 * suite:
 *
 * <pre>{@code
 * try (Server server = UndertowServer.builder(app).port(0).start()) {
 *   System.out.println("Listening on " + server.uri());
 * }
 * }</pre>
 *
 * <p>The gateway runs off the server's I/O threads, on its worker pool (or, when
 * {@link Builder#virtualThreads asked for}, on a virtual thread per request on JDK 21 and later),
 * so it may block; a gateway that never blocks may be answered without that hand-off
 * ({@link Builder#nonBlocking}). It sees the request path raw (percent-encoding left in place). If
 * it throws, or breaks the gateway contract, the failure is logged and the client gets a 500 with
 * no details, or a closed connection once the response is on its way; the server goes on serving.
 * {@link #stop()} is graceful: new requests are refused with 503 while those in flight get up to
 * the grace period to finish.
 */
public interface Server extends AutoCloseable {
  /** The host name or address the server listens on, as it was given. */
  String host();

  /** The port the server listens on: the one the system chose when {@code 0} was asked for. */
  int port();

  /** The server's root URL, for example {@code http://127.0.0.1:8080/}. */
  default URI uri() {
    String address = host().indexOf(':') >= 0 ? "[" + host() + "]" : host();
    return URI.create("http://" + address + ":" + port() + "/");
  }

  /**
   * Stops the server: refuses new requests, waits up to the shutdown grace period for those in
   * flight, then closes the listener and the threads. Later calls do nothing.
   */
  void stop();

  /** Same as {@link #stop()}. */
  @Override
  default void close() {
    stop();
  }

  /**
   * Configures and starts a {@link Server}: the options every adapter takes, each checked here
   * once; an adapter's builder adds only {@link #start()}.
   */
  abstract class Builder {
    private final Gateway gateway;
    private String host = "127.0.0.1";
    private int port = 8080;
    private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    private Duration shutdownGrace = Duration.ofSeconds(10);
    // Measured on two cores: the worker pool serves 3x the requests of a virtual thread each
    // (benchmarks/RESULTS.md), so virtual threads are chosen, not assumed.
    private boolean virtualThreads =
        "true".equalsIgnoreCase(System.getenv("CARAFE_VIRTUAL_THREADS"));
    private boolean nonBlocking;

    /** A builder for a server of {@code gateway}, on 127.0.0.1:8080 unless told otherwise. */
    protected Builder(Gateway gateway) {
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

    /**
     * How many I/O threads accept connections and read requests (Undertow's I/O threads, Jetty's
     * selectors); one per core by default.
     */
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
     * later), or on the server's worker pool (the default, and always on JDK 17). The default can
     * also be set with the environment's {@code CARAFE_VIRTUAL_THREADS=true}. Measured here, the
     * worker pool serves about three times the requests: see {@code benchmarks/RESULTS.md}.
     */
    public Builder virtualThreads(boolean virtualThreads) {
      this.virtualThreads = virtualThreads;
      return this;
    }

    /**
     * Declares that the gateway never blocks (no database call, no sleeping, no waiting on another
     * service), so that a request without a body may be answered on the thread that read it,
     * without a hand-off. A request with a body, and the writing of a streamed or file body, still
     * run on the request threads. A gateway that blocks in this mode stalls other connections:
     * leave it off unless that is certain.
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
    public abstract Server start();

    /** The gateway to serve. */
    protected final Gateway gateway() {
      return gateway;
    }

    /** The host to listen on. */
    protected final String host() {
      return host;
    }

    /** The port to listen on, {@code 0} for any. */
    protected final int port() {
      return port;
    }

    /** How many I/O threads to run. */
    protected final int ioThreads() {
      return ioThreads;
    }

    /** How long a stop waits for requests in flight. */
    protected final Duration shutdownGrace() {
      return shutdownGrace;
    }

    /** Whether the gateway was declared never to block. */
    protected final boolean nonBlocking() {
      return nonBlocking;
    }

    /**
     * A new virtual-thread-per-task executor when virtual threads were asked for and the JDK has
     * them (21 and later); else {@code null}, and the adapter uses its worker pool. The caller
     * shuts it down when the server stops.
     *
     * <p>The build targets release 17, so the JDK 21 method cannot be named in the source; it is
     * looked up once, at start-up, as a public static method of the JDK itself (never user code).
     */
    protected final ExecutorService virtualThreadsIfAsked() {
      if (!virtualThreads) {
        return null;
      }
      MethodHandle factory;
      try {
        factory = MethodHandles.publicLookup().findStatic(Executors.class,
            "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
      } catch (NoSuchMethodException | IllegalAccessException e) {
        return null;
      }
      try {
        return (ExecutorService) factory.invokeExact();
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("Could not make the virtual thread executor", e);
      }
    }
  }
}
