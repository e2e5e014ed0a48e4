package dev.carafe.flaskr;

import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.Map;

/** Flaskr's {@code AuthActions} of {@code conftest.py}: logs the test's client in and out. */
final class AuthActions {
  private final TestClient client;

  AuthActions(TestClient client) {
    this.client = client;
  }

  /** Logs in as {@code test}, the user of the test data, whose password is {@code test}. */
  TestResponse login() {
    return login("test", "test");
  }

  TestResponse login(String username, String password) {
    return Conftest.post(client, "/auth/login",
        Map.of("username", username, "password", password));
  }

  TestResponse logout() {
    return client.get("/auth/logout");
  }
}
