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
 * so it may block; a request without a body for which the gateway says it never blocks
 * ({@link Gateway#mayBlock} answers {@code false}) is answered on the thread that read it,
 * without that hand-off. It sees the request path raw (percent-encoding left in place). If
 * it throws, or breaks the gateway contract, the failure is logged and the client gets a 500 with
 * no details, or a closed connection once the response is on its way; the server goes on serving.
 * {@link #stop()} is graceful: new requests are refused with 503 while those in flight get up to
 * the {@linkplain Builder#drainTimeout drain timeout} to finish. The limits a hostile or slow
 * client meets (timeouts, sizes, connections) are the builder's options, listed with what a
 * client sees past each in {@link ServerSettings}.
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
   * Stops the server: refuses new requests, waits up to the drain timeout for those in flight,
   * then closes the listener and the threads. Later calls do nothing.
   */
  void stop();

  /** Same as {@link #stop()}. */
  @Override
  default void close() {
    stop();
  }

  /**
   * Configures and starts a {@link Server}: the options every adapter takes, each checked here
   * once; an adapter's builder adds only {@link #start()} and reads the options from
   * {@link #settings()}. The defaults are those of the servlet containers and of the servers
   * themselves, each named where it is set; {@link ServerSettings} says what a client sees past
   * each limit.
   */
  abstract class Builder {
    private final Gateway gateway;
    private String host = "127.0.0.1";
    private int port = 8080;
    private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
    // Tomcat's maxThreads and Jetty's QueuedThreadPool maximum: handlers block (a database call),
    // so Undertow's own 8 per I/O thread, sized for handlers that never do, is too few.
    private int workerThreads = 200;
    // Tomcat's maxConnections (NIO connector); Undertow and Jetty have no limit by default.
    private int maxConnections = 8192;
    // Undertow's builder (NO_REQUEST_TIMEOUT, 60 s); above nginx's upstream keep-alive of 60 s
    // would be better still, but a proxy that reuses a closed connection retries the request.
    private Duration idleTimeout = Duration.ofSeconds(60);
    // Jetty's connector idle timeout, which is what bounds a read or a write there; Tomcat's
    // connectionTimeout is 20 s.
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    // Jetty's requestHeaderSize and Tomcat's maxHttpHeaderSize: 8 KiB for the request line and
    // the headers together (Undertow allows 1 MiB).
    private int maxHeaderSize = 8 * 1024;
    // Tomcat's maxHeaderCount; Undertow allows 200, Jetty counts only bytes.
    private int maxHeaderCount = 100;
    // One Undertow buffer (16 KiB): a form or a JSON document of that size is read without a
    // worker; 16 KiB per connection at the connection limit is 128 MiB at most.
    private int bufferedBodySize = 16 * 1024;
    // Jetty's and Undertow's graceful stop have no default; 10 s is under systemd's and
    // Kubernetes' 30 s before they kill the process, and under deploy/flaskr.service's 20 s.
    private Duration drainTimeout = Duration.ofSeconds(10);
    // Measured on two cores: the worker pool serves 3x the requests of a virtual thread each
    // (benchmarks/RESULTS.md), so virtual threads are chosen, not assumed.
    private boolean virtualThreads =
        "true".equalsIgnoreCase(System.getenv("CARAFE_VIRTUAL_THREADS"));

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
     * selectors); one per core, and at least two, by default.
     */
    public Builder ioThreads(int ioThreads) {
      this.ioThreads = atLeast(1, ioThreads, "I/O threads");
      return this;
    }

    /**
     * How many threads of the worker pool run requests at once (200 by default, as Tomcat and
     * Jetty); a request that finds them all busy waits for one. Not used for requests that run on
     * {@linkplain #virtualThreads virtual threads}.
     */
    public Builder workerThreads(int workerThreads) {
      this.workerThreads = atLeast(1, workerThreads, "worker threads");
      return this;
    }

    /**
     * How many connections are open at once (8192 by default, as Tomcat). Past it the server stops
     * accepting: a new connection waits in the operating system's queue of the listening socket
     * until one closes, and is refused once that queue is full.
     */
    public Builder maxConnections(int maxConnections) {
      this.maxConnections = atLeast(1, maxConnections, "connections");
      return this;
    }

    /**
     * How long a kept-alive connection may wait for its next request before the server closes it;
     * 60 seconds by default.
     */
    public Builder idleTimeout(Duration idleTimeout) {
      this.idleTimeout = positive(idleTimeout, "idle timeout");
      return this;
    }

    /**
     * How long a client may take to send a request's line and headers, and how long it may leave
     * a request body without a byte; past it the connection is closed. 30 seconds by default.
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "read timeout");
      return this;
    }

    /**
     * How long a response may wait for the client to take a byte before the connection is closed:
     * a client that stops reading a large response holds a connection no longer. 30 seconds by
     * default.
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = positive(writeTimeout, "write timeout");
      return this;
    }

    /**
     * The most bytes of a request line and its headers (8 KiB by default, as Tomcat and Jetty):
     * past it, a request line is answered 414 URI Too Long and headers 431 Request Header Fields
     * Too Large, and the connection is closed.
     */
    public Builder maxHeaderSize(int bytes) {
      this.maxHeaderSize = atLeast(256, bytes, "bytes of headers");
      return this;
    }

    /**
     * The most header fields in a request (100 by default, as Tomcat); more are answered 431
     * Request Header Fields Too Large and the connection is closed.
     */
    public Builder maxHeaderCount(int count) {
      this.maxHeaderCount = atLeast(1, count, "header fields");
      return this;
    }

    /**
     * How much of a request body the server reads before the request goes to a worker thread
     * (16 KiB by default): a body that fits arrives without holding a worker, so clients that send
     * theirs slowly cannot take the pool; the rest of a larger body is read by the handler as it
     * comes, under the {@linkplain #readTimeout read timeout}.
     */
    public Builder bufferedBodySize(int bytes) {
      this.bufferedBodySize = atLeast(0, bytes, "bytes of buffered body");
      return this;
    }

    /**
     * How long {@link Server#stop()} lets the requests in flight finish (drain) before it closes
     * their connections; 10 seconds by default. New requests get 503 meanwhile.
     */
    public Builder drainTimeout(Duration drainTimeout) {
      if (drainTimeout.isNegative()) {
        throw new IllegalArgumentException("The drain timeout must not be negative, got "
            + drainTimeout);
      }
      this.drainTimeout = drainTimeout;
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
     * Starts the server.
     *
     * @throws UncheckedIOException when it cannot listen on the host and port (in use, say)
     */
    public abstract Server start();

    /** The gateway to serve. */
    protected final Gateway gateway() {
      return gateway;
    }

    /** Every option as set so far. */
    protected final ServerSettings settings() {
      return new ServerSettings(host, port, ioThreads, workerThreads, maxConnections, idleTimeout,
          readTimeout, writeTimeout, maxHeaderSize, maxHeaderCount, bufferedBodySize, drainTimeout,
          virtualThreads);
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

    private static int atLeast(int least, int value, String what) {
      if (value < least) {
        throw new IllegalArgumentException("The server needs at least " + least + " " + what
            + ", got " + value);
      }
      return value;
    }

    private static Duration positive(Duration value, String what) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException("The " + what + " must be positive, got " + value);
      }
      return value;
    }
  }
}
