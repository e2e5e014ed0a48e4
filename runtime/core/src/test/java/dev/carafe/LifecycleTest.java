package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Body;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.StartResponse;
import dev.carafe.http.Abort;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The order of Flask's steps and hooks, and each short cut through them. */
class LifecycleTest {
  private final List<String> steps = new CopyOnWriteArrayList<>();

  private Lifecycle.Builder recordingHooks() {
    Lifecycle.Builder hooks = Lifecycle.builder().blueprint("shop", "/shop");
    for (String scope : new String[] {null, "shop"}) {
      String name = scope == null ? "app" : scope;
      hooks.urlValuePreprocessor(scope, (endpoint, values) -> steps.add(name + " preprocess"))
          .beforeRequest(scope, request -> step(name + " before 1"))
          .beforeRequest(scope, request -> step(name + " before 2"))
          .afterRequest(scope, (request, response) -> step(name + " after 1"))
          .afterRequest(scope, (request, response) -> step(name + " after 2"))
          .teardownRequest(scope, (request, error) -> steps.add(name + " teardown 1 " + error))
          .teardownRequest(scope, (request, error) -> steps.add(name + " teardown 2 " + error));
    }
    return hooks;
  }

  private Response step(String name) {
    steps.add(name);
    return null;
  }

  private Response view(String name) {
    steps.add("view");
    return Response.text(name);
  }

  @Test
  void hooksRunInFlasksOrderAroundTheView() {
    App app = app(recordingHooks().build(),
        endpoint("shop.index", "/shop/", "GET", "shop", request -> view("shop")));
    TestResponse response = new TestClient(app).get("/shop/");
    assertEquals("shop", response.text());
    assertEquals(List.of("app preprocess", "shop preprocess",
        "app before 1", "app before 2", "shop before 1", "shop before 2", "view",
        "shop after 2", "shop after 1", "app after 2", "app after 1",
        "shop teardown 2 null", "shop teardown 1 null", "app teardown 2 null",
        "app teardown 1 null"), steps);
  }

  @Test
  void anApplicationEndpointSeesOnlyTheApplicationsHooks() {
    App app = app(recordingHooks().build(), get("index", "/", request -> view("index")));
    new TestClient(app).get("/");
    assertEquals(List.of("app preprocess", "app before 1", "app before 2", "view", "app after 2",
        "app after 1", "app teardown 2 null", "app teardown 1 null"), steps);
  }

  @Test
  void aBeforeRequestResponseAnswersEarlySkippingLaterHooksAndTheView() {
    Lifecycle lifecycle = recordingHooks()
        .beforeRequest(null, request -> Response.text("early").withStatus(403))
        .build();
    App app = app(lifecycle, endpoint("shop.index", "/shop/", "GET", "shop",
        request -> view("shop")));
    TestResponse response = new TestClient(app).get("/shop/");
    assertEquals(403, response.status());
    assertEquals("early", response.text());
    assertEquals(List.of("app preprocess", "shop preprocess", "app before 1", "app before 2",
        "shop after 2", "shop after 1", "app after 2", "app after 1",
        "shop teardown 2 null", "shop teardown 1 null", "app teardown 2 null",
        "app teardown 1 null"), steps);
  }

  @Test
  void anAfterRequestHookMayReplaceTheResponseAndTheNextSeesTheReplacement() {
    Lifecycle lifecycle = Lifecycle.builder()
        .afterRequest(null, (request, response) -> {
          steps.add("saw " + response.header("X-Step"));
          return null;
        })
        .afterRequest(null, (request, response) -> response.withHeader("X-Step", "replaced"))
        .build();
    TestResponse response =
        new TestClient(app(lifecycle, get("index", "/", request -> Response.text("hi"))))
            .get("/");
    assertEquals("replaced", response.header("X-Step"));
    assertEquals(List.of("saw replaced"), steps);
  }

  @Test
  void hooksRunForAPathNoRuleMatchesAndTheRoutingErrorComesAfterThem() {
    App app = app(recordingHooks().build(), get("index", "/", request -> view("index")));
    TestResponse response = new TestClient(app).get("/nowhere");
    assertEquals(404, response.status());
    // No preprocessor: there are no view arguments; no blueprint hooks: no endpoint matched.
    assertEquals(List.of("app before 1", "app before 2", "app after 2", "app after 1",
        "app teardown 2 null", "app teardown 1 null"), steps);
  }

  @Test
  void teardownSeesTheUnhandledExceptionAndRunsAfterThe500() {
    IllegalStateException boom = new IllegalStateException("boom");
    Throwable[] seen = new Throwable[1];
    Lifecycle lifecycle = Lifecycle.builder()
        .teardownRequest(null, (request, error) -> seen[0] = error)
        .build();
    TestResponse response = new TestClient(app(lifecycle, get("boom", "/boom", request -> {
      throw boom;
    }))).get("/boom");
    assertEquals(500, response.status());
    assertSame(boom, seen[0]);
  }

  @Test
  void teardownSeesNoErrorWhenAHandlerAnsweredIt() {
    Throwable[] seen = {new AssertionError("not run")};
    Lifecycle lifecycle = Lifecycle.builder()
        .teardownRequest(null, (request, error) -> seen[0] = error)
        .exceptionHandler(null, e -> e instanceof IllegalStateException, 2,
            (request, e) -> Response.text("handled").withStatus(409))
        .build();
    TestResponse response = new TestClient(app(lifecycle, get("boom", "/boom", request -> {
      throw new IllegalStateException();
    }))).get("/boom");
    assertEquals(409, response.status());
    assertNull(seen[0]);
  }

  @Test
  void aFailingTeardownIsLoggedAndTheOthersStillRun() {
    Lifecycle lifecycle = Lifecycle.builder()
        .teardownRequest(null, (request, error) -> steps.add("first registered, runs last"))
        .teardownRequest(null, (request, error) -> {
          throw new IllegalStateException("teardown fails");
        })
        .teardownRequest(null, (request, error) -> steps.add("last registered, runs first"))
        .build();
    try (LogCapture log = LogCapture.of(Lifecycle.class)) {
      TestResponse response =
          new TestClient(app(lifecycle, get("index", "/", request -> Response.text("ok"))))
              .get("/");
      assertEquals(200, response.status());
      assertEquals(1, log.records().size());
      assertTrue(log.records().get(0).getMessage().startsWith("Exception in a teardown hook on /"));
    }
    assertEquals(List.of("last registered, runs first", "first registered, runs last"), steps);
  }

  @Test
  void teardownRunsAfterAStreamedBodyWithTheContextCurrentWhileItIsWritten() {
    Lifecycle lifecycle = Lifecycle.builder()
        .beforeRequest(null, request -> {
          RequestContext.current().g().put("user", "ada");
          return null;
        })
        .teardownRequest(null, (request, error) ->
            steps.add("teardown, context " + RequestContext.active()))
        .build();
    App app = app(lifecycle, get("stream", "/stream", request -> Response.stream(Response.TEXT,
        out -> {
          steps.add("writing for " + RequestContext.current().g().get("user", String.class));
          out.write("streamed".getBytes(StandardCharsets.UTF_8));
        })));
    TestResponse response = new TestClient(app).get("/stream");
    assertEquals("streamed", response.text());
    assertEquals(List.of("writing for ada", "teardown, context true"), steps);
    assertFalse(RequestContext.active());
  }

  @Test
  void aStreamThatBreaksOffIsGivenToTeardown() {
    List<Throwable> seen = new ArrayList<>();
    Lifecycle lifecycle = Lifecycle.builder()
        .teardownRequest(null, (request, error) -> seen.add(error))
        .build();
    App app = app(lifecycle, get("stream", "/stream", request -> Response.stream(Response.TEXT,
        out -> {
          throw new java.io.IOException("client went away");
        })));
    StartResponseSpy start = new StartResponseSpy();
    Body body = app.call(Environ.builder().pathInfo("/stream").build(), start);
    assertTrue(seen.isEmpty(), "teardown waits for the stream");
    java.io.IOException broken = org.junit.jupiter.api.Assertions.assertThrows(
        java.io.IOException.class,
        () -> ((Body.Stream) body).writer().writeTo(java.io.OutputStream.nullOutputStream()));
    assertEquals(List.of(broken), seen);
  }

  @Test
  void aHeadRequestForAStreamTearsDownAtOnce() {
    Lifecycle lifecycle = Lifecycle.builder()
        .teardownRequest(null, (request, error) -> steps.add("teardown"))
        .build();
    App app = app(lifecycle, get("stream", "/stream", request -> Response.stream(Response.TEXT,
        out -> out.write(1))));
    TestResponse response = new TestClient(app).head("/stream");
    assertEquals(200, response.status());
    assertEquals(List.of("teardown"), steps);
  }

  @Test
  void urlValuePreprocessorsChangeWhatTheViewSees() {
    Lifecycle lifecycle = Lifecycle.builder()
        .urlValuePreprocessor(null, (endpoint, values) -> {
          RequestContext.current().g().put("lang", values.remove("lang"));
          values.put("seen by", endpoint);
        })
        .build();
    App app = app(lifecycle, get("page", "/pages/<lang>", request -> Response.text(
        request.viewArgs() + " lang=" + RequestContext.current().g().get("lang", String.class))));
    assertEquals("{seen by=page} lang=fr", new TestClient(app).get("/pages/fr").text());
  }

  @Test
  void viewArgsArePercentDecoded() {
    App app = app(Lifecycle.none(), get("page", "/pages/<name>",
        request -> Response.text(request.viewArgs().toString())));
    assertEquals("{name=a/b c}", new TestClient(app).get("/pages/a%2Fb%20c").text());
  }

  @Test
  void urlDefaultsFillInUrlForTheApplicationsFirst() {
    Lifecycle lifecycle = Lifecycle.builder()
        .urlDefaults(null, (endpoint, values) -> values.putIfAbsent("lang", "en"))
        .urlDefaults("shop", (endpoint, values) -> {
          values.putIfAbsent("lang", "never: the application's ran first");
          values.put("from", endpoint);
        })
        .build();
    App app = app(lifecycle, get("page", "/pages/<lang>", request -> Response.text("")),
        endpoint("shop.item", "/shop/<lang>", "GET", "shop", request -> Response.text("")));
    assertEquals("/pages/en", app.urlFor("page"));
    assertEquals("/pages/de", app.urlFor("page", Map.of("lang", "de")));
    assertEquals("/shop/en?from=shop.item", app.urlFor("shop.item"));
  }

  /** A {@link StartResponse} that keeps what it was given. */
  static final class StartResponseSpy implements StartResponse {
    int status;
    HeaderList headers;

    @Override
    public void start(int status, HeaderList headers) {
      this.status = status;
      this.headers = headers;
    }
  }

  @Test
  void aBuilderUsedAgainDoesNotChangeABuiltLifecycle() {
    Lifecycle.Builder builder = Lifecycle.builder();
    Lifecycle built = builder.build();
    builder.beforeRequest(null, request -> Response.text("added later"));
    TestResponse response =
        new TestClient(app(built, get("index", "/", request -> Response.text("view")))).get("/");
    assertEquals("view", response.text());
  }

  @Test
  void abortInABeforeRequestHookGetsTheDefaultErrorPage() {
    Lifecycle lifecycle = Lifecycle.builder()
        .beforeRequest(null, request -> {
          throw Abort.abort(401);
        })
        .build();
    TestResponse response = new TestClient(app(lifecycle, get("index", "/",
        request -> view("index")))).get("/");
    assertEquals(401, response.status());
    assertTrue(response.text().contains("<h1>Unauthorized</h1>"));
    assertTrue(steps.isEmpty());
  }
}
