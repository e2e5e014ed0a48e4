package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.Response;
import dev.carafe.TestApps;
import dev.carafe.internal.lifecycle.Lifecycle;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** When the test class is done, the extension stops the server and closes the application. */
class ExtensionClosesTheAppTest {
  @Test
  void afterAllClosesTheApplicationOnce() {
    List<String> trail = new CopyOnWriteArrayList<>();
    CarafeExtension carafe = CarafeExtension.of(() -> TestApps.app(Lifecycle.builder()
            .shutdown("Pool.close()", app -> trail.add("pool closed")).build(),
        TestApps.get("index", "/", request -> Response.text("hello"))));
    // The context is not read: JUnit's own calls are what the other tests of this module make.
    carafe.beforeAll(null);
    carafe.beforeEach(null);
    assertEquals("hello", carafe.client().get("/").text());
    assertEquals(List.of(), trail);

    carafe.afterAll(null);
    assertEquals(List.of("pool closed"), trail);
  }
}
