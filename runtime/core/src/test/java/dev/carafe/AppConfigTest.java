package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.endpoint;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.config.Config;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The application's configuration: the one place its limits and debug mode are read from. */
class AppConfigTest {
  private static App echo() {
    return app(Lifecycle.none(), endpoint("submit", "/submit", "POST", null,
        request -> Response.text(request.text())));
  }

  @Test
  void anAppStartsWithTheDefaults() {
    App app = echo();
    assertEquals(Config.defaults(), app.config());
    assertEquals(RequestLimits.defaults(), app.limits());
    assertFalse(app.debug());
  }

  @Test
  void aBodyOverTheConfiguredMaxContentLengthIs413() {
    App app = echo().withConfig(Config.builder()
        .fromPrefixedEnv(Map.of("CARAFE_MAX_CONTENT_LENGTH", "8")).build());
    TestClient client = new TestClient(app);
    assertEquals("12345678", client.post("/submit", "12345678").text());
    TestResponse response = client.post("/submit", "123456789");
    assertEquals(413, response.status());
    assertTrue(response.text().contains("larger than the 8 bytes"), response.text());
  }

  @Test
  void theFormLimitsComeFromTheConfiguration() {
    App app = app(Lifecycle.none(), endpoint("submit", "/submit", "POST", null,
        request -> Response.text(request.form().toString())))
        .withConfig(Config.builder().set(Config.MAX_FORM_PARTS, 2).build());
    TestClient client = new TestClient(app);
    TestResponse response = client.request("POST", "/submit")
        .header("Content-Type", "application/x-www-form-urlencoded").body("a=1&b=2&c=3").send();
    assertEquals(413, response.status());
    assertEquals(RequestLimits.defaults().withMaxFormParts(2), app.limits());
  }

  @Test
  void debugModeComesFromTheConfiguration() {
    App app = app(Lifecycle.none(), get("boom", "/boom", request -> {
      throw new IllegalStateException("the detail");
    })).withConfig(Config.builder().set("DEBUG", "yes").build());
    assertTrue(app.debug());
    TestResponse response = new TestClient(app).get("/boom");
    assertEquals(500, response.status());
    assertTrue(response.text().contains("IllegalStateException: the detail"), response.text());
  }

  @Test
  void theShorthandsSetTheirKeysAndKeepTheRest() {
    App app = echo().withConfig(Config.builder().set("REGION", "eu").build())
        .withDebug(true)
        .withLimits(RequestLimits.defaults().withMaxContentLength(1024).withMaxFormParts(9));
    assertEquals(true, app.config().get(Config.DEBUG));
    assertEquals(1024L, app.config().get(Config.MAX_CONTENT_LENGTH));
    assertEquals(9, app.config().get(Config.MAX_FORM_PARTS));
    assertEquals("eu", app.config().string("REGION"));
    assertEquals(1024L, app.limits().maxContentLength());
    assertFalse(app.withDebug(false).config().get(Config.DEBUG));
  }

  @Test
  void withConfigReplacesTheWholeConfiguration() {
    App app = echo().withDebug(true).withConfig(Config.defaults());
    assertFalse(app.debug());
    assertEquals(Config.defaults(), app.config());
  }

  @Test
  void aHandlerReadsTheConfigurationOfItsApp() {
    App app = app(Lifecycle.none(), get("hello", "/hello", request -> Response.text(
        RequestContext.current().app().config().string("GREETING") + ", "
            + RequestContext.current().app().config().get(Config.SESSION_COOKIE_NAME))));
    TestClient client = new TestClient(app.withConfig(Config.builder()
        .set("GREETING", "Hello").set(Config.SESSION_COOKIE_NAME, "sid").build()));
    assertEquals("Hello, sid", client.get("/hello").text());
  }
}
