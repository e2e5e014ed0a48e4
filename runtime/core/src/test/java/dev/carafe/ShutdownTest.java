package dev.carafe;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.config.Config;
import dev.carafe.internal.lifecycle.Lifecycle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** {@link App#close()}: the {@link Shutdown} hooks, once, last registered first. */
class ShutdownTest {
  private final List<String> closed = new CopyOnWriteArrayList<>();

  @Test
  void closeRunsTheHooksInReverseOrderOfRegistration() {
    App app = app(Lifecycle.builder()
        .shutdown("Pool.close()", given -> closed.add("pool"))
        .shutdown("Cache.close()", given -> closed.add("cache"))
        .build(), get("index", "/", request -> Response.text("hi")));
    app.close();
    assertEquals(List.of("cache", "pool"), closed);
  }

  @Test
  void closeRunsTheHooksOnceForTheApplicationAndEveryCopyOfIt() {
    App app = app(Lifecycle.builder().shutdown("Pool.close()", given -> closed.add("pool")).build(),
        get("index", "/", request -> Response.text("hi")));
    App configured = app.withConfig(app.config().toBuilder().set("DATABASE", "shop.db").build());
    configured.close();
    app.close();
    configured.withDebug(true).close();
    assertEquals(List.of("pool"), closed);
  }

  @Test
  void aHookIsGivenTheApplicationBeingClosedWithItsConfiguration() {
    App[] given = new App[1];
    App app = app(Lifecycle.builder().shutdown("Db.closePool(App)", closing -> given[0] = closing)
        .build(), get("index", "/", request -> Response.text("hi")));
    App configured = app.withConfig(Config.builder().set("DATABASE", "shop.db").build());
    configured.close();
    assertSame(configured, given[0]);
    assertEquals("shop.db", given[0].config().find("DATABASE").orElseThrow());
  }

  @Test
  void aHookThatThrowsIsLoggedByNameAndTheOthersStillRun() {
    App app = app(Lifecycle.builder()
        .shutdown("Pool.close()", given -> closed.add("pool"))
        .shutdown("Broken.close()", given -> {
          throw new IllegalStateException("already closed");
        })
        .shutdown("Cache.close()", given -> closed.add("cache"))
        .build(), get("index", "/", request -> Response.text("hi")));
    try (LogCapture log = LogCapture.of(Lifecycle.class)) {
      app.close();
      assertEquals(List.of("cache", "pool"), closed);
      LogRecord record = log.records().get(0);
      assertEquals("Exception in the shutdown hook Broken.close(); the other shutdown hooks still"
          + " run", record.getMessage());
      assertTrue(record.getThrown() instanceof IllegalStateException);
    }
  }

  @Test
  void anApplicationWithoutHooksClosesQuietly() {
    App app = app(Lifecycle.none(), get("index", "/", request -> Response.text("hi")));
    try (LogCapture log = LogCapture.of(Lifecycle.class)) {
      app.close();
      app.close();
      assertEquals(List.of(), log.records());
    }
  }
}
