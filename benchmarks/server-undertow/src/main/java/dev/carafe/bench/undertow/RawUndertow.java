package dev.carafe.bench.undertow;

import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;

/**
 * The baseline of benchmarks/wrk.sh: the benchmark's three endpoints as one bare {@link
 * HttpHandler} on Undertow, with no framework. {@code blocking} (the default) runs the handler
 * behind {@link BlockingHandler}, on Undertow's worker pool, as Carafe's default mode does;
 * {@code io} runs it on the I/O thread.
 *
 * <pre>java -jar server-undertow.jar [--port 8080] [--mode blocking|io]</pre>
 */
public final class RawUndertow {
  private RawUndertow() {}

  /** The handler: routes by hand and answers as the other servers do. */
  static final HttpHandler HANDLER = RawUndertow::handle;

  /** Starts the server and prints the line the benchmark script waits for. */
  public static void main(String[] args) {
    int port = 8080;
    String mode = "blocking";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--mode" -> mode = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    HttpHandler handler = switch (mode) {
      case "blocking" -> new BlockingHandler(HANDLER);
      case "io" -> HANDLER;
      default -> throw new IllegalArgumentException("--mode is blocking or io, not " + mode);
    };
    Undertow.builder()
        // Same listener and I/O threads as Carafe's server: one I/O thread per core, at least 2.
        .addHttpListener(port, "127.0.0.1")
        .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
        .setHandler(handler)
        .build()
        .start();
    System.out.println(" * Raw Undertow (" + mode + ") on http://127.0.0.1:" + port + "/");
  }

  private static void handle(HttpServerExchange exchange) {
    String path = exchange.getRelativePath();
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
