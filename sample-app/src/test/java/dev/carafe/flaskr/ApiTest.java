package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API under {@code /api} ({@link Api}), on each {@link TestDatabase}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ApiTest {
  private static final String KEY = "test-api-key";
  private static final Map<String, Object> TEST_POST = Map.of("id", 1L, "title", "test title",
      "body", "test\nbody", "created", "2018-01-01T00:00:00", "author", "test");

  @RegisterExtension
  final Conftest flaskr;

  ApiTest(TestDatabase database) {
    flaskr = new Conftest(database, Map.of(Api.API_KEY, KEY));
  }

  @Test
  void listsThePosts(TestClient client) {
    var response = client.get("/api/posts");
    assertEquals(200, response.status(), response::toString);
    assertTrue(response.header("Content-Type").startsWith("application/json"), response::toString);
    assertEquals(List.of(TEST_POST), response.json());
  }

  @Test
  void listsAPageAtATimeMostRecentFirst(TestClient client) {
    for (String title : List.of("second", "third")) {
      assertEquals(201, write(client, Map.of("title", title, "body", "", "author", "other"))
          .status());
    }
    assertEquals(List.of("third", "second"), titles(client.get("/api/posts?perPage=2")));
    assertEquals(List.of("test title"), titles(client.get("/api/posts?perPage=2&page=2")));
    assertEquals(List.of(), titles(client.get("/api/posts?page=3&perPage=2")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=0", "perPage=0", "perPage=101", "page=two"})
  void refusesABadPage(String query, TestClient client) {
    var response = client.get("/api/posts?" + query);
    assertEquals(400, response.status(), response::toString);
    assertEquals(400L, json(response).get("status"));
  }

  @Test
  void showsOnePost(TestClient client) {
    var response = client.get("/api/posts/1");
    assertEquals(200, response.status(), response::toString);
    assertEquals(TEST_POST, response.json());
  }

  @Test
  void aMissingPostIsJson404WithTheRequestId(TestClient client) {
    var response = client.request("GET", "/api/posts/2").header("X-Request-Id", "req-42").send();
    assertEquals(404, response.status(), response::toString);
    assertEquals("req-42", response.header("X-Request-Id"));
    assertEquals(Map.of("status", 404L, "error", "Not Found",
        "message", "Post id 2 doesn't exist.", "requestId", "req-42"), response.json());
  }

  @Test
  void anUnknownPathUnderTheApiIsJson404WithAnIdOfItsOwn(TestClient client) {
    var response = client.get("/api/nothing");
    assertEquals(404, response.status(), response::toString);
    Map<?, ?> error = json(response);
    assertEquals(404L, error.get("status"));
    assertEquals(response.header("X-Request-Id"), error.get("requestId"));
    assertTrue(((String) error.get("requestId")).length() >= 32, error::toString);
  }

  @ParameterizedTest(name = "[{index}] X-Api-Key: ''{0}''")
  @CsvSource(value = {"NONE", "''", "wrong-key", "test-api-key-and-more"}, nullValues = "NONE")
  void writingWithoutTheKeyIs401(String key, TestClient client) throws Exception {
    var request = client.request("POST", "/api/posts")
        .json(Map.of("title", "t", "body", "b", "author", "test"));
    if (key != null) {
      request.header("X-Api-Key", key);
    }
    var response = request.send();
    assertEquals(401, response.status(), response::toString);
    Map<?, ?> error = json(response);
    assertEquals("Unauthorized", error.get("error"));
    assertEquals("Send the site's API key in the X-Api-Key header.", error.get("message"));
    assertEquals(response.header("X-Request-Id"), error.get("requestId"));
    assertPostCount(1);
  }

  @Test
  void writingWithTheKeyIs201WithTheLocation(TestClient client) throws Exception {
    var response = write(client, Map.of("title", " via the API ", "body", "b", "author", "other"));
    assertEquals(201, response.status(), response::toString);
    assertEquals("/api/posts/2", response.header("Location"));
    Map<?, ?> post = json(response);
    assertEquals(2L, post.get("id"));
    assertEquals("via the API", post.get("title"));
    assertEquals("other", post.get("author"));
    assertEquals(post, client.get("/api/posts/2").json());
    assertTrue(client.get("/").text().contains("via the API"));
    assertPostCount(2);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "{\"body\": \"b\", \"author\": \"test\"}|A post needs a title.",
      "{\"title\": \"  \", \"author\": \"test\"}|A post needs a title.",
      "{\"title\": \"t\", \"author\": \"nobody\"}|No user 'nobody' to write as.",
      "{\"title\": \"t\"|",
      "[1, 2]|",
  })
  void aBadBodyIs400(String body, String message, TestClient client) throws Exception {
    var response = client.request("POST", "/api/posts").header("X-Api-Key", KEY)
        .header("Content-Type", "application/json").body(body).send();
    assertEquals(400, response.status(), response::toString);
    Map<?, ?> error = json(response);
    assertEquals("Bad Request", error.get("error"));
    if (message != null) {
      assertEquals(message, error.get("message"));
    }
    assertPostCount(1);
  }

  @Test
  void aBodyThatIsNotJsonIs415(TestClient client) throws Exception {
    var response = client.request("POST", "/api/posts").header("X-Api-Key", KEY)
        .header("Content-Type", "application/x-www-form-urlencoded").body("title=t").send();
    assertEquals(415, response.status(), response::toString);
    assertEquals(415L, json(response).get("status"));
    assertPostCount(1);
  }

  private static TestResponse write(TestClient client, Map<String, Object> post) {
    return client.request("POST", "/api/posts").header("X-Api-Key", KEY).json(post).send();
  }

  private static Map<?, ?> json(TestResponse response) {
    return (Map<?, ?>) response.json();
  }

  private static List<?> titles(TestResponse response) {
    assertEquals(200, response.status(), response::toString);
    return ((List<?>) response.json()).stream().map(post -> ((Map<?, ?>) post).get("title"))
        .toList();
  }

  private void assertPostCount(long expected) throws Exception {
    flaskr.appContext(() -> assertEquals(expected, ((Number) Conftest
        .fetchOne("SELECT COUNT(*) AS n FROM post").get("n")).longValue()));
  }
}
