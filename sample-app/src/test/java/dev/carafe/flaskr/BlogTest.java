package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.test.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Flaskr's {@code tests/test_blog.py}, on each {@link TestDatabase}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class BlogTest {
  @RegisterExtension
  final Conftest flaskr;

  BlogTest(TestDatabase database) {
    flaskr = new Conftest(database);
  }

  @Test
  void index(TestClient client, AuthActions auth) {
    var response = client.get("/");
    assertTrue(response.text().contains("Log In"), response::toString);
    assertTrue(response.text().contains("Register"), response::toString);

    auth.login();
    response = client.get("/");
    String page = response.text();
    assertTrue(page.contains("test title"), page);
    assertTrue(page.contains("by test on 2018-01-01"), page);
    assertTrue(page.contains("test\nbody"), page);
    assertTrue(page.contains("href=\"/1/update\""), page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/create", "/1/update", "/1/delete"})
  void loginRequired(String path, TestClient client) {
    var response = Conftest.post(client, path);
    assertEquals("/auth/login", response.header("Location"));
  }

  @Test
  void authorRequired(TestClient client, AuthActions auth) throws Exception {
    // change the post author to another user
    flaskr.appContext(() -> Conftest.execute("UPDATE post SET author_id = 2 WHERE id = 1"));

    auth.login();
    // current user can't modify other user's post
    assertEquals(403, Conftest.post(client, "/1/update").status());
    assertEquals(403, Conftest.post(client, "/1/delete").status());
    // current user doesn't see edit link
    assertFalse(client.get("/").text().contains("href=\"/1/update\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/2/update", "/2/delete"})
  void existsRequired(String path, TestClient client, AuthActions auth) {
    auth.login();
    var response = Conftest.post(client, path);
    assertEquals(404, response.status());
    // abort(404, f"Post id {id} doesn't exist."), on Werkzeug's page, escaped as Werkzeug does
    assertTrue(response.text().contains("<p>Post id 2 doesn&#39;t exist.</p>"), response::toString);
  }

  @Test
  void create(TestClient client, AuthActions auth) throws Exception {
    auth.login();
    assertEquals(200, client.get("/create").status());
    Conftest.post(client, "/create", Map.of("title", "created", "body", ""));

    flaskr.appContext(() -> {
      long count = ((Number) Conftest.fetchOne("SELECT COUNT(id) FROM post").values()
          .iterator().next()).longValue();
      assertEquals(2, count);
    });
  }

  @Test
  void update(TestClient client, AuthActions auth) throws Exception {
    auth.login();
    assertEquals(200, client.get("/1/update").status());
    Conftest.post(client, "/1/update", Map.of("title", "updated", "body", ""));

    flaskr.appContext(() -> {
      var post = Conftest.fetchOne("SELECT * FROM post WHERE id = 1");
      assertEquals("updated", post.get("title"));
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/create", "/1/update"})
  void createUpdateValidate(String path, TestClient client, AuthActions auth) {
    auth.login();
    var response = Conftest.post(client, path, Map.of("title", "", "body", ""));
    assertTrue(response.text().contains("Title is required."), response::toString);
  }

  @Test
  void delete(TestClient client, AuthActions auth) throws Exception {
    auth.login();
    var response = Conftest.post(client, "/1/delete");
    assertEquals("/", response.header("Location"));

    flaskr.appContext(() -> assertNull(Conftest.fetchOne("SELECT * FROM post WHERE id = 1")));
  }
}
