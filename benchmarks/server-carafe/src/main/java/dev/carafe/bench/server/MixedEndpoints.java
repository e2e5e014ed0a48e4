package dev.carafe.bench.server;

import dev.carafe.Get;
import dev.carafe.NonBlocking;
import dev.carafe.Response;

/**
 * The endpoints of benchmarks/threading.sh (issue 16): an application that mixes endpoints that
 * never block, declared {@code @NonBlocking} and answered on Undertow's I/O thread, with one that
 * blocks for a millisecond (a database call, say), left to the worker pool as every endpoint is by
 * default. The same work as {@link BenchEndpoints}, under {@code /io}.
 */
public class MixedEndpoints {
  /** {@code GET /io/plaintext}: 13 bytes of text, on the I/O thread. */
  @NonBlocking
  @Get("/io/plaintext")
  public Response ioPlaintext() {
    return Response.text("Hello, World!");
  }

  /** {@code GET /io/users/42}: the JSON of {@link BenchEndpoints#user}, on the I/O thread. */
  @NonBlocking
  @Get("/io/users/<int:id>")
  public Response ioUser(int id) {
    return Response.text("{\"id\":" + id + ",\"name\":\"User " + id + "\"}")
        .withContentType("application/json");
  }

  /** {@code GET /sleep}: waits a millisecond, as a quick database call would, on a worker. */
  @Get("/sleep")
  public Response sleep() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return Response.text("Slept");
  }
}
