package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.http.Abort;
import dev.carafe.http.HttpException;
import dev.carafe.http.InternalServerError;
import dev.carafe.http.NotFound;
import dev.carafe.internal.lifecycle.ErrorHook;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/** Each step of Flask's error handler lookup, and what happens without a handler. */
class ErrorHandlerTest {
  /** Thrown by the views below; a subclass of a subclass of RuntimeException (depth 4). */
  static class OutOfStock extends IllegalStateException {
    private static final long serialVersionUID = 1L;
  }

  private static final Endpoint SHOP_ABORT = endpoint("shop.gone", "/shop/gone", "GET", "shop",
      request -> {
        throw Abort.abort(404);
      });
  private static final Endpoint SHOP_THROW = endpoint("shop.empty", "/shop/empty", "GET", "shop",
      request -> {
        throw new OutOfStock();
      });
  private static final Endpoint APP_THROW = TestApps.get("empty", "/empty", request -> {
    throw new OutOfStock();
  });

  private static ErrorHook answer(String text) {
    return (request, error) -> Response.text(text + " " + error.getClass().getSimpleName())
        .withStatus(error instanceof HttpException ? ((HttpException) error).status() : 409);
  }

  private static TestResponse get(Lifecycle lifecycle, String path) {
    return new TestClient(app(lifecycle, SHOP_ABORT, SHOP_THROW, APP_THROW,
        TestApps.get("index", "/", request -> Response.text("index")))).get(path);
  }

  private static Lifecycle.Builder shop() {
    return Lifecycle.builder().blueprint("shop", "/shop");
  }

  @Test
  void aBlueprintsStatusHandlerComesFirst() {
    Lifecycle lifecycle = shop()
        .statusHandler(null, 404, answer("app 404"))
        .statusHandler("shop", 404, answer("shop 404"))
        .exceptionHandler("shop", e -> e instanceof HttpException, 3, answer("shop class"))
        .build();
    assertEquals("shop 404 NotFound", get(lifecycle, "/shop/gone").text());
  }

  @Test
  void theApplicationsStatusHandlerComesBeforeAnyClassHandler() {
    Lifecycle lifecycle = shop()
        .statusHandler(null, 404, answer("app 404"))
        .exceptionHandler("shop", e -> e instanceof NotFound, 4, answer("shop class"))
        .build();
    assertEquals("app 404 NotFound", get(lifecycle, "/shop/gone").text());
  }

  @Test
  void aSubclassHandlerFiledUnderAStatusBeatsThePlainStatusHandler() {
    Lifecycle lifecycle = shop()
        .statusHandler("shop", 404, answer("any 404"))
        .exceptionHandler("shop", 404, e -> e instanceof NotFound, 4, answer("NotFound class"))
        .build();
    assertEquals("NotFound class NotFound", get(lifecycle, "/shop/gone").text());
  }

  @Test
  void aBlueprintsClassHandlerComesBeforeTheApplicationsClassHandler() {
    Lifecycle lifecycle = shop()
        .exceptionHandler(null, e -> e instanceof OutOfStock, 4, answer("app class"))
        .exceptionHandler("shop", e -> e instanceof RuntimeException, 2, answer("shop class"))
        .build();
    assertEquals("shop class OutOfStock", get(lifecycle, "/shop/empty").text());
    assertEquals("app class OutOfStock", get(lifecycle, "/empty").text());
  }

  @Test
  void theMostDerivedClassWinsWhateverTheRegistrationOrder() {
    Lifecycle lifecycle = Lifecycle.builder()
        .exceptionHandler(null, e -> e instanceof Exception, 1, answer("Exception"))
        .exceptionHandler(null, e -> e instanceof OutOfStock, 4, answer("OutOfStock"))
        .exceptionHandler(null, e -> e instanceof IllegalStateException, 3, answer("ISE"))
        .build();
    assertEquals("OutOfStock OutOfStock", get(lifecycle, "/empty").text());
  }

  @Test
  void ofTwoHandlersForOneClassTheFirstRegisteredWins() {
    Lifecycle lifecycle = Lifecycle.builder()
        .exceptionHandler(null, e -> e instanceof OutOfStock, 4, answer("first"))
        .exceptionHandler(null, e -> e instanceof OutOfStock, 4, answer("second"))
        .build();
    assertEquals("first OutOfStock", get(lifecycle, "/empty").text());
  }

  @Test
  void routingErrorsReachTheApplicationsHandlers() {
    Lifecycle lifecycle = Lifecycle.builder()
        .statusHandler(null, 404, answer("app 404"))
        .statusHandler(null, 405, (request, error) -> Response.text("app 405 "
            + ((HttpException) error).headers()).withStatus(405))
        .build();
    assertEquals("app 404 NotFound", get(lifecycle, "/nowhere").text());
    TestResponse notAllowed = new TestClient(app(lifecycle, TestApps.get("index", "/",
        request -> Response.text("index")))).request("POST", "/").send();
    assertEquals(405, notAllowed.status());
    assertEquals("app 405 [Allow: GET, HEAD, OPTIONS]", notAllowed.text());
  }

  @Test
  void aBlueprintsNotFoundHandlerAnswersUnmatchedPathsUnderItsPrefix() {
    Lifecycle lifecycle = shop()
        .blueprint("shop-admin", "/shop/admin/")
        .statusHandler(null, 404, answer("app 404"))
        .statusHandler("shop", 404, answer("shop 404"))
        .statusHandler("shop-admin", 404, answer("admin 404"))
        .build();
    assertEquals("shop 404 NotFound", get(lifecycle, "/shop/nothing/here").text());
    assertEquals("shop 404 NotFound", get(lifecycle, "/shop").text());
    assertEquals("admin 404 NotFound", get(lifecycle, "/shop/admin/x").text());
    assertEquals("app 404 NotFound", get(lifecycle, "/shopping").text());
    assertEquals("app 404 NotFound", get(lifecycle, "/nowhere").text());
  }

  @Test
  void aBlueprintsMethodNotAllowedHandlerAnswersUnderItsPrefix() {
    Lifecycle lifecycle = shop().statusHandler("shop", 405, answer("shop 405")).build();
    TestResponse response = new TestClient(app(lifecycle, SHOP_ABORT))
        .request("DELETE", "/shop/gone").send();
    assertEquals("shop 405 MethodNotAllowed", response.text());
  }

  @Test
  void withoutAHandlerAnHttpErrorGetsItsDefaultPageAndIsNotLogged() {
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse response = get(Lifecycle.none(), "/shop/gone");
      assertEquals(404, response.status());
      assertTrue(response.text().contains("<title>404 Not Found</title>"));
      assertTrue(log.records().isEmpty());
    }
  }

  @Test
  void anUnhandledExceptionIsLoggedOnceAndAnswered500WithoutDetails() {
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse response = get(Lifecycle.none(), "/empty");
      assertEquals(500, response.status());
      assertTrue(response.text().contains("<h1>Internal Server Error</h1>"));
      assertFalse(response.text().contains("OutOfStock"), response.text());
      assertEquals(1, log.records().size());
      assertEquals(Level.SEVERE, log.records().get(0).getLevel());
      assertEquals("Exception on /empty [GET]", log.records().get(0).getMessage());
      assertTrue(log.records().get(0).getThrown() instanceof OutOfStock);
    }
  }

  @Test
  void theFiveHundredHandlerReceivesAnInternalServerErrorWithTheOriginal() {
    Throwable[] original = new Throwable[1];
    Lifecycle lifecycle = Lifecycle.builder()
        .statusHandler(null, 500, (request, error) -> {
          original[0] = ((InternalServerError) error).originalException();
          return Response.text("sorry").withStatus(500);
        })
        .build();
    TestResponse response = get(lifecycle, "/empty");
    assertEquals("sorry", response.text());
    assertTrue(original[0] instanceof OutOfStock);
  }

  @Test
  void anExceptionInAnErrorHandlerGoesOnToThe500() {
    Lifecycle lifecycle = Lifecycle.builder()
        .statusHandler(null, 404, (request, error) -> {
          throw new IllegalStateException("the handler failed");
        })
        .build();
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse response = get(lifecycle, "/nowhere");
      assertEquals(500, response.status());
      assertTrue(response.text().contains("Internal Server Error"));
      assertEquals(1, log.records().size());
      assertEquals("the handler failed", log.records().get(0).getThrown().getMessage());
    }
  }

  @Test
  void anExceptionInTheFiveHundredHandlerIsLoggedAndTheDefaultPageSent() {
    Lifecycle lifecycle = Lifecycle.builder()
        .statusHandler(null, 500, (request, error) -> {
          throw new IllegalStateException("the 500 handler failed");
        })
        .build();
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse response = get(lifecycle, "/empty");
      assertEquals(500, response.status());
      assertTrue(response.text().contains("<h1>Internal Server Error</h1>"));
      assertEquals(2, log.records().size());
    }
  }

  @Test
  void afterRequestHooksRunOnTheFiveHundredAsInFlask() {
    Lifecycle lifecycle = Lifecycle.builder()
        .afterRequest(null, (request, response) -> response.withHeader("X-After", "ran"))
        .build();
    TestResponse response = get(lifecycle, "/empty");
    assertEquals(500, response.status());
    assertEquals("ran", response.header("X-After"));
  }

  @Test
  void aFailingAfterRequestHookGivesA500WithoutLoopingThroughIt() {
    int[] calls = {0};
    Lifecycle lifecycle = Lifecycle.builder()
        .afterRequest(null, (request, response) -> {
          calls[0]++;
          throw new IllegalStateException("after fails");
        })
        .build();
    try (LogCapture log = LogCapture.of(App.class)) {
      TestResponse response = get(lifecycle, "/");
      assertEquals(500, response.status());
      assertEquals(2, calls[0], "once on the view's answer, once on the 500");
      assertEquals(2, log.records().size());
    }
  }

  @Test
  void debugModeShowsTheTraceAsText() {
    App app = app(Lifecycle.none(), APP_THROW).withDebug(true);
    TestResponse response = new TestClient(app).get("/empty");
    assertEquals(500, response.status());
    assertEquals(Response.TEXT, response.header("Content-Type"));
    assertTrue(response.text().contains(OutOfStock.class.getName()), response.text());
    assertTrue(response.text().contains("\tat "), response.text());
  }

  @Test
  void errorPagesAreJsonForClientsThatPreferIt() {
    TestResponse response = new TestClient(app(Lifecycle.none(), APP_THROW))
        .request("GET", "/nowhere").header("Accept", "application/json").send();
    assertEquals(404, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertTrue(response.text().startsWith("{\"code\":404,\"name\":\"Not Found\""),
        response.text());
  }

  @Test
  void theHandlerGetsTheRequestAndTheVeryException() {
    OutOfStock thrown = new OutOfStock();
    Object[] seen = new Object[2];
    Lifecycle lifecycle = Lifecycle.builder()
        .exceptionHandler(null, e -> e instanceof OutOfStock, 4, (request, error) -> {
          seen[0] = request.endpoint();
          seen[1] = error;
          return Response.text("handled");
        })
        .build();
    new TestClient(app(lifecycle, TestApps.get("boom", "/boom", request -> {
      throw thrown;
    }))).get("/boom");
    assertEquals("boom", seen[0]);
    assertSame(thrown, seen[1]);
  }
}
