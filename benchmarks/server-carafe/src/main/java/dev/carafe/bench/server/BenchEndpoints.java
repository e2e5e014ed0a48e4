package dev.carafe.bench.server;

import dev.carafe.Get;
import dev.carafe.Response;

/**
 * The endpoints every server of benchmarks/wrk.sh serves, doing the same work: a constant plain
 * text, a small JSON record built from an int path parameter, and (by having no rule for it) a 404.
 */
public class BenchEndpoints {
  /** {@code GET /plaintext}: 13 bytes of text. */
  @Get("/plaintext")
  public Response plaintext() {
    return Response.text("Hello, World!");
  }

  /**
   * {@code GET /users/42}: {@code {"id":42,"name":"User 42"}}. The body is made by hand, as the
   * other servers of the benchmark make it, so that no JSON writer is measured; an application
   * would return a record and let the generated adapter write it.
   */
  @Get("/users/<int:id>")
  public Response user(int id) {
    return Response.text("{\"id\":" + id + ",\"name\":\"User " + id + "\"}")
        .withContentType("application/json");
  }
}
