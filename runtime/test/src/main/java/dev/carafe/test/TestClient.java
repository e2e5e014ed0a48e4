package dev.carafe.test;

import dev.carafe.gateway.Gateway;
import java.util.Objects;

/**
 * Calls a {@link Gateway} in process, with no server and no socket, like Flask's
 * {@code test_client()}: build a request, get back the whole response.
 *
 * <pre>{@code
 * TestClient client = new TestClient(app);
 * TestResponse page = client.get("/user/ada?tab=posts");
 * assertEquals(200, page.status());
 * TestResponse created = client.request("POST", "/users")
 *     .header("Content-Type", "application/json").body("{\"name\":\"ada\"}").send();
 * }</pre>
 *
 * <p>The client holds the gateway to its contract: a gateway that calls {@code StartResponse}
 * twice, or returns without calling it, fails the test with an {@link AssertionError} that says
 * so. An exception the gateway throws reaches the test as it is. Paths are sent as written: a
 * {@code ?} starts the query string, and percent-encoding is left to the caller. The body is what
 * the gateway returned, also for {@code HEAD}, so a test sees whether the gateway left it out.
 */
public final class TestClient {
  private final Gateway gateway;

  /** A client of {@code gateway}; it may be used for any number of requests, from any thread. */
  public TestClient(Gateway gateway) {
    this.gateway = Objects.requireNonNull(gateway, "gateway");
  }

  /** A request to build and {@link TestRequest#send() send}. */
  public TestRequest request(String method, String path) {
    return new TestRequest(gateway, method, path);
  }

  /** Sends {@code GET path}. */
  public TestResponse get(String path) {
    return request("GET", path).send();
  }

  /** Sends {@code HEAD path}. */
  public TestResponse head(String path) {
    return request("HEAD", path).send();
  }

  /** Sends {@code OPTIONS path}. */
  public TestResponse options(String path) {
    return request("OPTIONS", path).send();
  }

  /** Sends {@code DELETE path}. */
  public TestResponse delete(String path) {
    return request("DELETE", path).send();
  }

  /** Sends {@code POST path} with {@code body} in UTF-8. */
  public TestResponse post(String path, String body) {
    return request("POST", path).body(body).send();
  }

  /** Sends {@code PUT path} with {@code body} in UTF-8. */
  public TestResponse put(String path, String body) {
    return request("PUT", path).body(body).send();
  }
}
