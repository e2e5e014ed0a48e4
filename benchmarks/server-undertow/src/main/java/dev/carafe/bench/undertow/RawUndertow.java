package dev.carafe.bench.undertow;

import io.undertow.Undertow;
import io.undertow.server.DefaultByteBufferPool;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The baseline of benchmarks/wrk.sh: the benchmark's three endpoints as one bare {@link
 * HttpHandler} on Undertow, with no framework. {@code blocking} (the default) runs the handler
 * behind {@link BlockingHandler}, on Undertow's worker pool, as Carafe's default mode does;
 * {@code io} runs it on the I/O thread; {@code virtual} dispatches it, in blocking mode, to a new
 * virtual thread per request (JDK 21 and later), as Carafe does there. {@code --pool nocache} gives
 * Undertow a buffer pool without per-thread caches (the default pool keeps up to 4 buffers per
 * thread, which a thread per request never reuses).
 *
 * <p>For benchmarks/threading.sh (issue 16) it also serves the first two endpoints under
 * {@code /io}, and {@code /sleep}, which waits a millisecond as a database call would, on a worker:
 * in {@code io} mode it leaves the I/O thread for the worker pool, as BlockingHandler does, so that
 * mode is a hand-written application that mixes both.
 *
 * <pre>java -jar server-undertow.jar [--port 8080] [--mode blocking|io|virtual] [--pool default|nocache]</pre>
 */
public final class RawUndertow {
  private RawUndertow() {}

  /** The handler: routes by hand and answers as the other servers do. */
  static final HttpHandler HANDLER = RawUndertow::handle;

  /** Starts the server and prints the line the benchmark script waits for. */
  public static void main(String[] args) {
    int port = 8080;
    String mode = "blocking";
    String pool = "default";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--mode" -> mode = args[i + 1];
        case "--pool" -> pool = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    HttpHandler handler = switch (mode) {
      case "blocking" -> new BlockingHandler(HANDLER);
      case "io" -> HANDLER;
      case "virtual" -> new VirtualThreadDispatch(virtualThreads(), HANDLER);
      default -> throw new IllegalArgumentException("--mode is blocking, io or virtual, not " + mode);
    };
    Undertow.Builder builder = Undertow.builder();
    switch (pool) {
      // Undertow's own default for a heap of 128 MiB or more, less the per-thread cache.
      case "nocache" -> builder.setByteBufferPool(new DefaultByteBufferPool(true, 16 * 1024 - 20, -1, 0));
      case "default" -> { }
      default -> throw new IllegalArgumentException("--pool is default or nocache, not " + pool);
    }
    builder
        // Same listener and I/O threads as Carafe's server: one I/O thread per core, at least 2.
        .addHttpListener(port, "127.0.0.1")
        .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
        .setHandler(handler)
        .build()
        .start();
    System.out.println(" * Raw Undertow (" + mode + ", " + pool + " pool) on http://127.0.0.1:" + port + "/");
  }

  /** A new virtual thread per task; looked up at run time, since the build targets release 17. */
  private static ExecutorService virtualThreads() {
    try {
      return (ExecutorService) MethodHandles.publicLookup()
          .findStatic(Executors.class, "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class))
          .invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("--mode virtual needs JDK 21 or later", e);
    }
  }

  /** What Undertow's BlockingHandler does, but on {@code executor} instead of the worker pool. */
  private static final class VirtualThreadDispatch implements HttpHandler {
    private final Executor executor;
    private final HttpHandler next;

    VirtualThreadDispatch(Executor executor, HttpHandler next) {
      this.executor = executor;
      this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
      if (exchange.isInIoThread()) {
        exchange.dispatch(executor, this);
        return;
      }
      exchange.startBlocking();
      next.handleRequest(exchange);
    }
  }

  private static void handle(HttpServerExchange exchange) {
    String path = exchange.getRelativePath();
    if (path.equals("/sleep")) {
      if (exchange.isInIoThread()) {
        exchange.dispatch(HANDLER);
        return;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
      exchange.getResponseSender().send("Slept");
      return;
    }
    if (path.startsWith("/io/")) {
      path = path.substring("/io".length());
    }
    if (path.equals("/plaintext")) {
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
      exchange.getResponseSender().send("Hello, World!");
      return;
    }
    if (path.startsWith("/users/")) {
      int id = parseId(path, "/users/".length());
      if (id >= 0) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send("{\"id\":" + id + ",\"name\":\"User " + id + "\"}");
        return;
      }
    }
    exchange.setStatusCode(404);
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
    exchange.getResponseSender().send("Not Found");
  }

  /** The non-negative int at {@code from} to the end of {@code path}, or -1. */
  private static int parseId(String path, int from) {
    if (from == path.length() || path.length() - from > 9) {
      return -1;
    }
    int id = 0;
    for (int i = from; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id;
  }
}
