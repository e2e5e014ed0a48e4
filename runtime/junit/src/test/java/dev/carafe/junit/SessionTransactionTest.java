package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.FixtureApp;
import dev.carafe.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Flask's session_transaction: a test sets up the session its client then sends. */
class SessionTransactionTest {
  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(() -> FixtureApp.create()
      .withConfig(Config.builder().set(Config.SECRET_KEY, "test key").build()));

  @Test
  void aChangedSessionGoesIntoTheClientsCookiesAndBackOut() {
    carafe.sessionTransaction(session -> session.put("user_id", 7));
    assertTrue(carafe.client().cookie("session").isPresent(), carafe.client().cookies().toString());
    carafe.sessionTransaction(session -> {
      assertEquals(7L, ((Number) session.get("user_id")).longValue());
      session.clear();
    });
    assertTrue(carafe.client().cookie("session").isEmpty(), "emptying the session deletes the cookie");
  }

  @Test
  void withoutASecretKeyItSaysSo() {
    CarafeExtension keyless = CarafeExtension.of(FixtureApp::create);
    keyless.beforeAll(null);
    try {
      IllegalStateException error = assertThrows(IllegalStateException.class,
          () -> keyless.sessionTransaction(session -> session.put("a", 1)));
      assertTrue(error.getMessage().contains("SECRET_KEY"), error.getMessage());
    } finally {
      keyless.afterAll(null);
    }
  }
}
