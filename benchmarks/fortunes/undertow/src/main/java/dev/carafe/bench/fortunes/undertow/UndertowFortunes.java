package dev.carafe.bench.fortunes.undertow;

import dev.carafe.bench.fortunes.FortuneDatabase;
import io.undertow.Undertow;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.sql.SQLException;

/**
 * TechEmpower's fortunes page as one bare {@link HttpHandler} on Undertow, the baseline: behind
 * {@link BlockingHandler} (the query blocks, so it runs on Undertow's worker pool, as Carafe's
 * default does), with the page written by hand ({@link FortunesHtml}).
 *
 * <pre>java -jar fortunes-undertow.jar [--port 8080] [--database fortunes.sqlite|jdbc:postgresql:...]</pre>
 */
public final class UndertowFortunes {
  private UndertowFortunes() {}

  /** Starts the server and prints the line the benchmark script waits for. */
  public static void main(String[] args) {
    int port = 8080;
    String database = "fortunes.sqlite";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[i + 1]);
        case "--database" -> database = args[i + 1];
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    start(FortuneDatabase.of(database), "127.0.0.1", port);
    System.out.println(" * Raw Undertow fortunes on http://127.0.0.1:" + port + "/fortunes");
  }

  /**
   * Serves {@code GET /fortunes} from {@code fortunes} on {@code host}:{@code port} (0: any free
   * port), with the I/O threads Carafe's server has (one per core, at least 2).
   */
  public static Undertow start(FortuneDatabase fortunes, String host, int port) {
    Undertow server = Undertow.builder()
        .addHttpListener(port, host)
        .setIoThreads(Math.max(2, Runtime.getRuntime().availableProcessors()))
        .setHandler(new BlockingHandler(exchange -> handle(fortunes, exchange)))
        .build();
    server.start();
    return server;
  }

  /** The port {@code server} listens on, once started. */
  public static int port(Undertow server) {
    return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
  }

  private static void handle(FortuneDatabase fortunes, HttpServerExchange exchange)
      throws SQLException {
    if (!exchange.getRelativePath().equals("/fortunes")) {
      exchange.setStatusCode(404);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=utf-8");
      exchange.getResponseSender().send("Not Found");
      return;
    }
    byte[] page = FortunesHtml.page(fortunes.fortunes());
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/html; charset=utf-8");
    exchange.getResponseSender().send(ByteBuffer.wrap(page));
  }
}
