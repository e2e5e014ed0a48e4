package dev.carafe.bench.server;

import dev.carafe.App;
import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.StartResponse;
import dev.carafe.server.Server;
import dev.carafe.server.undertow.UndertowServer;

/**
 * The benchmark application with every request answered on Undertow's I/O threads, as an
 * application whose endpoints and hooks are all {@code @NonBlocking} is served; a second main so
 * that one jar measures both ways. Usage:
 * {@code java -cp server-carafe.jar dev.carafe.bench.server.BenchIoMain --port 18080}.
 */
public final class BenchIoMain {
  private BenchIoMain() {}

  /** Starts the server on the port given with {@code --port}. */
  public static void main(String[] args) {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
    App app = BenchApp.create();
    // Says what the processor would generate for an application declared @NonBlocking.
    Gateway onIoThreads = new Gateway() {
      @Override
      public Body call(Environ environ, StartResponse startResponse) {
        return app.call(environ, startResponse);
      }

      @Override
      public boolean mayBlock(Environ environ) {
        return false;
      }
    };
    Server server = UndertowServer.builder(onIoThreads).port(port).start();
    System.out.println(" * Running on " + server.uri() + " (I/O threads)");
  }
}
