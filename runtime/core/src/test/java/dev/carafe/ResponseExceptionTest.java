package dev.carafe;

import static dev.carafe.TestApps.app;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.carafe.http.HttpException;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ResponseException}, Flask's {@code abort(response)}: the response is the answer from a
 * handler or a before-request hook, no error handler sees it, and the after-request hooks run on
 * it.
 */
class ResponseExceptionTest {
  private final List<String> seen = new ArrayList<>();

  private TestClient client() {
    Lifecycle lifecycle = Lifecycle.builder()
        .beforeRequest(null, request -> {
          if (request.path().equals("/hooked")) {
            throw new ResponseException(Response.redirect("/auth/login"));
          }
          return null;
        })
        .afterRequest(null, (request, response) -> {
          seen.add("after " + response.status());
          return response.withHeader("X-After", "yes");
        })
        .exceptionHandler(null, e -> true, 1, (request, error) -> {
          seen.add("handler " + error.getClass().getSimpleName());
          return Response.text("handled").withStatus(500);
        })
        .build();
    return new TestClient(app(lifecycle,
        TestApps.get("create", "/create", request -> {
          throw new ResponseException(Response.redirect("/auth/login"));
        }),
        TestApps.get("hooked", "/hooked", request -> Response.text("never"))));
  }

  @Test
  void aHandlerAnswersWithTheResponseItThrows() {
    TestResponse response = client().get("/create");
    assertEquals(302, response.status());
    assertEquals("/auth/login", response.header("Location"));
    assertEquals("yes", response.header("X-After"));
    assertEquals(List.of("after 302"), seen, "no error handler saw it");
  }

  @Test
  void aBeforeRequestHookAnswersWithTheResponseItThrows() {
    TestResponse response = client().get("/hooked");
    assertEquals(302, response.status());
    assertEquals("/auth/login", response.header("Location"));
    assertEquals(List.of("after 302"), seen);
  }

  @Test
  void itIsNoHttpErrorAndCarriesNoTrace() {
    ResponseException answer = new ResponseException(Response.status(204));
    assertEquals(false, (Object) answer instanceof HttpException);
    assertEquals(0, answer.getStackTrace().length);
    assertNull(answer.getCause());
  }
}
