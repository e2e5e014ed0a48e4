package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Environ;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.routing.PathParams;
import dev.carafe.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestContextTest {
  @Test
  void outsideARequestTheContextIsAClearError() {
    assertFalse(RequestContext.active());
    IllegalStateException e = assertThrows(IllegalStateException.class, RequestContext::current);
    assertTrue(e.getMessage().startsWith("Working outside of request context."), e.getMessage());
  }

  @Test
  void hooksAndTheViewShareTheRequestAndG() {
    Lifecycle lifecycle = Lifecycle.builder()
        .beforeRequest(null, request -> {
          RequestContext.current().g().put("user", "ada");
          return null;
        })
        .build();
    App app = app(lifecycle, get("page", "/pages/<name>", request -> {
      RequestContext context = RequestContext.current();
      assertSame(request, context.request());
      return Response.text(context.endpoint() + " " + context.viewArgs() + " "
          + context.g().get("user", String.class) + " " + (context.app() != null));
    }));
    assertEquals("page {name=tea} ada true", new TestClient(app).get("/pages/tea").text());
    assertFalse(RequestContext.active());
  }

  @Test
  void theContextIsGoneAfterAnExceptionAndAfterAnEarlyAnswer() {
    Lifecycle lifecycle = Lifecycle.builder()
        .beforeRequest(null, request -> request.path().equals("/early") ? Response.text("") : null)
        .build();
    App app = app(lifecycle, get("boom", "/boom", request -> {
      throw new IllegalStateException();
    }), get("early", "/early", request -> Response.text("never")));
    try (LogCapture ignored = LogCapture.of(App.class)) {
      assertEquals(500, new TestClient(app).get("/boom").status());
    }
    assertFalse(RequestContext.active());
    assertEquals(200, new TestClient(app).get("/early").status());
    assertFalse(RequestContext.active());
  }

  @Test
  void anApplicationCalledInsideAnotherRestoresTheOuterContext() {
    App inner = app(Lifecycle.none(), get("inner", "/inner",
        request -> Response.text(RequestContext.current().endpoint())));
    App outer = app(Lifecycle.none(), get("outer", "/outer", request -> {
      String innerText = new TestClient(inner).get("/inner").text();
      return Response.text(innerText + " then " + RequestContext.current().endpoint());
    }));
    assertEquals("inner then outer", new TestClient(outer).get("/outer").text());
  }

  @Test
  void gStoresTypedValues() {
    RequestGlobals g = new RequestGlobals();
    g.put("count", 3);
    assertTrue(g.contains("count"));
    assertEquals(3, g.get("count", Integer.class));
    assertEquals("none", g.getOrDefault("missing", String.class, "none"));
    IllegalStateException wrongType =
        assertThrows(IllegalStateException.class, () -> g.get("count", String.class));
    assertTrue(wrongType.getMessage().contains("java.lang.Integer"), wrongType.getMessage());
    assertEquals(3, g.remove("count"));
    assertNull(g.get("count", Integer.class));
    g.put("x", "y");
    g.put("x", null);
    assertFalse(g.contains("x"));
  }

  @Test
  void anUnmatchedRequestHasNoEndpointAndNoViewArgs() {
    String[] seen = new String[1];
    Lifecycle lifecycle = Lifecycle.builder()
        .beforeRequest(null, request -> {
          seen[0] = RequestContext.current().endpoint() + " " + request.viewArgs();
          return null;
        })
        .build();
    new TestClient(app(lifecycle)).get("/nowhere");
    assertEquals("null {}", seen[0]);
    assertEquals(Map.of(), Map.of());
  }

  @Test
  void aTestMayPushAContextAsFlasksTestRequestContextDoes() {
    App app = app(Lifecycle.none(), get("page", "/page", request -> Response.text("")));
    Request request = new Request(Environ.builder().method("GET").pathInfo("/page").build(), null,
        PathParams.none(), RequestLimits.defaults());
    RequestContext context = new RequestContext(app, request);
    context.push();
    try {
      assertSame(context, RequestContext.current());
      assertSame(request, RequestContext.current().request());
    } finally {
      context.pop();
    }
    assertFalse(RequestContext.active());
  }

  @Test
  void aContextIsPushedOnceAndPoppedOnlyWhenCurrent() {
    App app = app(Lifecycle.none());
    RequestContext outer = new RequestContext(app, null);
    RequestContext inner = new RequestContext(app, null);
    outer.push();
    try {
      IllegalStateException twice = assertThrows(IllegalStateException.class, outer::push);
      assertEquals("This request context is pushed already; pop it first.", twice.getMessage());
      inner.push();
      IllegalStateException notCurrent = assertThrows(IllegalStateException.class, outer::pop);
      assertEquals("Popped a request context that is not the current one.",
          notCurrent.getMessage());
      inner.pop();
      assertSame(outer, RequestContext.current());
    } finally {
      outer.pop();
    }
    assertFalse(RequestContext.active());
  }

  @Test
  void theRequestKnowsTheRuleItMatchedAsFlasksUrlRule() {
    App app = app(Lifecycle.none(), TestApps.endpoint("api.page", "/api/pages/<name>", "POST",
        "api", request -> Response.text(request.urlRule().toString() + " "
            + request.urlRule().arguments() + " " + request.urlRule().blueprint())));
    assertEquals("api.page [POST] /api/pages/<name> [name] api",
        new TestClient(app).post("/api/pages/tea", "").text());
  }
}
