package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.config.Config;
import dev.carafe.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Flaskr's {@code tests/test_factory.py}, on each {@link TestDatabase}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class FactoryTest {
  @RegisterExtension
  final Conftest flaskr;

  FactoryTest(TestDatabase database) {
    flaskr = new Conftest(database);
  }

  /** Test create_app without passing test config. */
  @Test
  void config() {
    assertFalse(FlaskrApp.create().config().get(Config.TESTING));
    assertTrue(Conftest.createApp(Map.of("TESTING", "true")).config().get(Config.TESTING));
  }

  @Test
  void hello(TestClient client) {
    var response = client.get("/hello");
    assertEquals("Hello, World!", response.text());
  }
}
