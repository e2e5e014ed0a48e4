package dev.carafe.server.undertow;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;
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
 * <p>With {@link Server.Builder#nonBlocking}, a request without a body is answered on the Undertow
 * I/O thread that read it.
 */
public final class UndertowServer implements Server {
  private final Undertow undertow;
  private final GracefulShutdownHandler graceful;
  private final ExecutorService requestThreads;
  private final String host;
  private final int port;
  private final Duration shutdownGrace;
  private boolean stopped;

  private UndertowServer(Undertow undertow, GracefulShutdownHandler graceful,
      ExecutorService requestThreads, String host, int port, Duration shutdownGrace) {
    this.undertow = undertow;
    this.graceful = graceful;
    this.requestThreads = requestThreads;
    this.host = host;
    this.port = port;
    this.shutdownGrace = shutdownGrace;
  }

  /** A builder for an Undertow server of {@code gateway}, on 127.0.0.1:8080 unless told otherwise. */
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

  @Override
  public String toString() {
    return "UndertowServer[" + uri() + (stopped ? ", stopped" : "") + "]";
  }

  private static final class Builder extends Server.Builder {
    Builder(Gateway gateway) {
      super(gateway);
    }

    @Override
    public Server start() {
      ExecutorService requestThreads = virtualThreadsIfAsked();
      // A client that sent "Expect: 100-continue" waits for the 100 before sending the body;
      // Undertow's handler sends it when the gateway first reads the body, and not otherwise.
      GatewayHandler handler = new GatewayHandler(gateway());
      HttpHandler dispatch = new BlockingDispatch(requestThreads, handler);
      GracefulShutdownHandler graceful = new GracefulShutdownHandler(new HttpContinueReadHandler(
          nonBlocking() ? new IoThreadDispatch(handler, dispatch) : dispatch));
      Undertow undertow = Undertow.builder()
          .addHttpListener(port(), host())
          .setIoThreads(ioThreads())
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
      return new UndertowServer(undertow, graceful, requestThreads, host(), bound.getPort(),
          shutdownGrace());
    }

    private RuntimeException listenFailure(RuntimeException e) {
      if (!(e.getCause() instanceof IOException)) {
        return e;
      }
      return new UncheckedIOException("Could not listen on " + host() + ":" + port() + " ("
          + e.getCause().getMessage() + ")", (IOException) e.getCause());
    }
  }
}
