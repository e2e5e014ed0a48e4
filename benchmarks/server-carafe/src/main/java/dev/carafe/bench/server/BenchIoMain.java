package dev.carafe.bench.server;

import dev.carafe.server.Server;
import dev.carafe.server.undertow.UndertowServer;

/**
 * The benchmark application served on Undertow's I/O threads, as {@code @Application(nonBlocking =
 * true)} would have its generated main serve it; a second main so that one jar measures both modes.
 * Usage: {@code java -cp server-carafe.jar dev.carafe.bench.server.BenchIoMain --port 18080}.
 */
public final class BenchIoMain {
  private BenchIoMain() {}

  /** Starts the server on the port given with {@code --port}. */
  public static void main(String[] args) {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
    Server server = UndertowServer.builder(BenchApp.create()).port(port).nonBlocking(true).start();
    System.out.println(" * Running on " + server.uri() + " (I/O threads)");
  }
}
