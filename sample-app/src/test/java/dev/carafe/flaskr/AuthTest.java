package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.RequestContext;
import dev.carafe.Session;
import dev.carafe.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Flaskr's {@code tests/test_auth.py}, on each {@link TestDatabase}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AuthTest {
  @RegisterExtension
  final Conftest flaskr;

  AuthTest(TestDatabase database) {
    flaskr = new Conftest(database);
  }

  @Test
  void register(TestClient client) throws Exception {
    // test that viewing the page renders without template errors
    assertEquals(200, client.get("/auth/register").status());

    // test that successful registration redirects to the login page
    var response = Conftest.post(client, "/auth/register", Map.of("username", "a", "password", "a"));
    assertEquals("/auth/login", response.header("Location"));

    // test that the user was inserted into the database
    flaskr.appContext(() ->
        assertNotNull(Conftest.fetchOne("SELECT * FROM \"user\" WHERE username = 'a'")));
  }

  @ParameterizedTest(name = "[{index}] ''{0}'', ''{1}'': {2}")
  @CsvSource({
      "'', '', Username is required.",
      "a, '', Password is required.",
      "test, test, already registered",
  })
  void registerValidateInput(String username, String password, String message,
      TestClient client) {
    var response = Conftest.post(client, "/auth/register",
        Map.of("username", username, "password", password));
    assertTrue(response.text().contains(message), response::toString);
  }

  /** The whole message of a name that is taken, as Flaskr words it. */
  @Test
  void registerTakenNameSaysWhich(TestClient client) {
    Conftest.post(client, "/auth/register", Map.of("username", "a", "password", "a"));
    var response = Conftest.post(client, "/auth/register", Map.of("username", "a", "password", "b"));
    assertEquals(200, response.status());
    assertTrue(response.text().contains("User a is already registered."), response::toString);
  }

  @Test
  void login(TestClient client, AuthActions auth) throws Exception {
    // test that viewing the page renders without template errors
    assertEquals(200, client.get("/auth/login").status());

    // test that successful login redirects to the index page
    var response = auth.login();
    assertEquals("/", response.header("Location"));

    // login request set the user_id in the session
    // check that the user is loaded from the session
    var page = client.get("/");
    assertEquals(1L, ((Number) flaskr.session(client).get("user_id")).longValue());
    // g.user, as the page shows it, and as load_logged_in_user loads it from the session
    assertTrue(page.text().contains("<span>test</span>"), page::toString);
    flaskr.requestContext(client, () -> {
      new Auth().loadLoggedInUser(RequestContext.current().session());
      assertEquals("test", Auth.user().username());
    });
  }

  @ParameterizedTest(name = "[{index}] {0}, {1}: {2}")
  @CsvSource({
      "a, test, Incorrect username.",
      "test, a, Incorrect password.",
  })
  void loginValidateInput(String username, String password, String message, AuthActions auth) {
    var response = auth.login(username, password);
    assertTrue(response.text().contains(message), response::toString);
  }

  @Test
  void logout(TestClient client, AuthActions auth) {
    auth.login();

    auth.logout();
    Session session = flaskr.session(client);
    assertFalse(session.containsKey("user_id"), session::toString);
  }
}
