package dev.carafe.server.undertow;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.RunningServer;
import dev.carafe.server.Server;
import dev.carafe.server.ServerSettings;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.handlers.GracefulShutdownHandler;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.xnio.Options;

/**
 * A {@link Server} on Undertow, Carafe's default: the gateway runs on Undertow's worker pool (or
 * a virtual thread per request), a file region goes out by the operating system's file transfer.
 *
 * <pre>{@code
 * try (Server server = UndertowServer.builder(app).port(0).start()) {
 *   System.out.println("Listening on " + server.uri());
 * }
 * }</pre>
 *
 * <p>A request without a body for which the gateway says it never blocks
 * ({@link Gateway#mayBlock}) is answered on the Undertow I/O thread that read it (threads named
 * {@code XNIO-1 I/O-N}); any other runs on the worker pool ({@code XNIO-1 task-N}) or a virtual
 * thread. A request body up to {@link Server.Builder#bufferedBodySize} is read on
 * the I/O thread (Undertow's {@code RequestBufferingHandler}) before a worker takes the request.
 *
 * <p>Where Undertow differs from the contract: past twice {@link Server.Builder#maxHeaderSize} or
 * {@link Server.Builder#maxHeaderCount}, Undertow's own parser answers 400 rather than 414 or 431
 * (it has no other answer); up to twice, Carafe answers 414 or 431. The connection limit is
 * XNIO's high water mark, shared out between the I/O threads.
 */
public final class UndertowServer extends RunningServer {
  /** Undertow's own buffer size on a heap past 128 MiB, set so that the body buffer is known. */
  private static final int BUFFER_SIZE = 16 * 1024 - 20;

  private final Undertow undertow;
  private final GracefulShutdownHandler graceful;

  private UndertowServer(Undertow undertow, GracefulShutdownHandler graceful,
      ExecutorService requestThreads, ServerSettings settings, int port) {
    super(settings, port, requestThreads);
    this.undertow = undertow;
    this.graceful = graceful;
  }

  /** A builder for an Undertow server of {@code gateway}, on 127.0.0.1:8080 unless told otherwise. */
  public static Server.Builder builder(Gateway gateway) {
    return new Builder(gateway);
  }

  @Override
  protected void drain(Duration timeout) throws InterruptedException {
    graceful.shutdown();
    graceful.awaitShutdown(timeout.toMillis());
  }

  @Override
  protected void shutDown() {
    undertow.stop();
  }

  private static final class Builder extends Server.Builder {
    Builder(Gateway gateway) {
      super(gateway);
    }

    @Override
    public Server start() {
      ServerSettings settings = settings();
      ExecutorService requestThreads = virtualThreadsIfAsked();
      GracefulShutdownHandler graceful = new GracefulShutdownHandler(handlers(settings,
          requestThreads));
      int readMillis = millis(settings.readTimeout().toMillis());
      int idleMillis = millis(settings.idleTimeout().toMillis());
      Undertow undertow = Undertow.builder()
          .addHttpListener(settings.port(), settings.host())
          .setIoThreads(settings.ioThreads())
          .setWorkerThreads(settings.workerThreads())
          .setBufferSize(BUFFER_SIZE)
          // Keep the path percent-encoded: routing decodes a parameter only after it matched.
          .setServerOption(UndertowOptions.DECODE_URL, false)
          // The body's limit is the application's (MAX_CONTENT_LENGTH), not a hidden 2 MiB.
          .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, Long.MAX_VALUE)
          .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 2 * settings.maxHeaderSize())
          .setServerOption(UndertowOptions.MAX_HEADERS, 2 * settings.maxHeaderCount())
          // Undertow splits the query itself, though Carafe parses it: its count limit (1,000 by
          // default) would refuse queries Werkzeug and Jetty take. The head's size bounds it.
          .setServerOption(UndertowOptions.MAX_PARAMETERS, Integer.MAX_VALUE)
          .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, idleMillis)
          // From a request's first byte to its last header: a slowloris is cut here.
          .setServerOption(UndertowOptions.REQUEST_PARSE_TIMEOUT, readMillis)
          // The idle timeout between requests; ReadTimeout sets the read timeout during one.
          .setSocketOption(Options.READ_TIMEOUT, idleMillis)
          .setSocketOption(Options.WRITE_TIMEOUT, millis(settings.writeTimeout().toMillis()))
          .setSocketOption(Options.CONNECTION_HIGH_WATER, settings.maxConnections())
          .setSocketOption(Options.CONNECTION_LOW_WATER, settings.maxConnections())
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
      return new UndertowServer(undertow, graceful, requestThreads, settings, bound.getPort());
    }

    /** The handlers a request goes through, outermost first, as the comments tell. */
    private HttpHandler handlers(ServerSettings settings, ExecutorService requestThreads) {
      GatewayHandler handler = new GatewayHandler(gateway(), requestThreads);
      HttpHandler served = new IoThreadDispatch(gateway(), requestThreads, handler,
          new BlockingDispatch(requestThreads, handler));
      // A body that fits is read here on the I/O thread, so a slow sender holds no worker.
      if (settings.bufferedBodySize() > 0) {
        served = new BodyBuffering(served,
            (settings.bufferedBodySize() + BUFFER_SIZE - 1) / BUFFER_SIZE, BUFFER_SIZE);
      }
      // A client that sent "Expect: 100-continue" waits for the 100 before sending the body;
      // Undertow's handler sends it when the body is first read, and not otherwise.
      served = new HttpContinueReadHandler(served);
      served = new ReadTimeout(served, millis(settings.readTimeout().toMillis()),
          millis(settings.idleTimeout().toMillis()));
      return new RequestChecks(served, settings.maxHeaderSize(), settings.maxHeaderCount());
    }

    private static int millis(long millis) {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(1, millis));
    }

    private RuntimeException listenFailure(RuntimeException e) {
      if (!(e.getCause() instanceof IOException)) {
        return e;
      }
      ServerSettings settings = settings();
      return new UncheckedIOException("Could not listen on " + settings.host() + ":"
          + settings.port() + " (" + e.getCause().getMessage() + ")", (IOException) e.getCause());
    }
  }
}
