package dev.carafe.bench.javalin;

import io.javalin.Javalin;

/**
 * The benchmark's three endpoints on Javalin (Jetty) with its defaults: a plain text, a JSON record
 * made by hand from an int path parameter (as the other servers make it, so no JSON library is
 * measured), and Javalin's own 404 for anything else; and for benchmarks/threading.sh the same two
 * under {@code /io} and {@code /sleep}, which waits a millisecond. Javalin runs every handler on
 * Jetty's thread pool.
 *
 * <pre>java -jar server-javalin.jar [--port 8080]</pre>
 */
public final class JavalinServer {
  private JavalinServer() {}

  /** Starts the server and prints the line the benchmark script waits for. */
  public static void main(String[] args) {
    int port = args.length == 2 && args[0].equals("--port") ? Integer.parseInt(args[1]) : 8080;
    Javalin.create(config -> {
      config.jetty.host = "127.0.0.1";
      config.startup.showJavalinBanner = false;
      config.routes.get("/plaintext", ctx -> ctx.contentType("text/plain; charset=utf-8")
          .result("Hello, World!"));
      config.routes.get("/users/{id}", ctx -> {
        int id = Integer.parseInt(ctx.pathParam("id"));
        ctx.contentType("application/json").result("{\"id\":" + id + ",\"name\":\"User " + id + "\"}");
      });
      config.routes.get("/io/plaintext", ctx -> ctx.contentType("text/plain; charset=utf-8")
          .result("Hello, World!"));
      config.routes.get("/io/users/{id}", ctx -> {
        int id = Integer.parseInt(ctx.pathParam("id"));
        ctx.contentType("application/json").result("{\"id\":" + id + ",\"name\":\"User " + id + "\"}");
      });
      config.routes.get("/sleep", ctx -> {
        Thread.sleep(1);
        ctx.contentType("text/plain; charset=utf-8").result("Slept");
      });
    }).start(port);
    System.out.println(" * Javalin on http://127.0.0.1:" + port + "/");
  }
}
