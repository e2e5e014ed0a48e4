package dev.carafe.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import org.junit.jupiter.api.Test;

/** The JSON API blueprint under {@code /api}, through the in-process test client. */
class TeaApiTest {
  private static final String KEY = "test-key";

  private final Catalog catalog = Catalog.withHouseTeas();
  private final Traffic traffic = new Traffic();
  private final TestClient client = new TestClient(TeaShopApp.builder()
      .teas(new Teas(catalog))
      .traffic(traffic)
      .teaApi(new TeaApi(catalog, traffic, KEY))
      .build());

  private TestResponse post(String json, String key) {
    var request = client.request("POST", "/api/teas")
        .header("Content-Type", "application/json").body(json);
    return (key == null ? request : request.header("X-Api-Key", key)).send();
  }

  @Test
  void listsTheTeasAsJson() {
    TestResponse response = client.get("/api/teas");
    assertEquals(200, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertEquals("[{\"id\":1,\"name\":\"Darjeeling\",\"description\":\"A light black tea from the"
        + " Himalayan foothills.\",\"url\":\"/api/teas/1\"},{\"id\":2,\"name\":\"Sencha\","
        + "\"description\":\"A steamed green tea from Shizuoka.\",\"url\":\"/api/teas/2\"},"
        + "{\"id\":3,\"name\":\"Rooibos\",\"description\":\"A red bush infusion from the"
        + " Cederberg, without caffeine.\",\"url\":\"/api/teas/3\"}]", response.text());
  }

  @Test
  void pagesAndFiltersTheList() {
    assertTrue(client.get("/api/teas?perPage=2&page=2").text().matches(
        "\\[\\{\"id\":3,\"name\":\"Rooibos\".*\\}\\]"), "the second page of two");
    assertEquals("[]", client.get("/api/teas?page=3&perPage=2").text());
    assertTrue(client.get("/api/teas?q=SEN").text().matches("\\[\\{\"id\":2,[^{]*\\}\\]"),
        "only Sencha");
  }

  @Test
  void aBadQueryValueIsAJson400NamingTheParameter() {
    TestResponse response = client.get("/api/teas?page=two");
    assertEquals(400, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertTrue(response.text().startsWith("{\"status\":400,\"error\":\"Bad Request\",\"message\":"
        + "\"Query parameter 'page' must be an integer, got 'two'"), response.text());
    assertEquals(400, client.get("/api/teas?page=0").status());
  }

  @Test
  void readsOneTea() {
    TestResponse response = client.get("/api/teas/2");
    assertEquals(200, response.status());
    assertEquals("{\"id\":2,\"name\":\"Sencha\",\"description\":\"A steamed green tea from"
        + " Shizuoka.\",\"url\":\"/api/teas/2\"}", response.text());
  }

  @Test
  void anUnknownTeaIsAJson404WithTheRequestId() {
    TestResponse response = client.request("GET", "/api/teas/99")
        .header("X-Request-Id", "req-42").send();
    assertEquals(404, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertTrue(response.text().startsWith("{\"status\":404,\"error\":\"Not Found\",\"message\":"),
        response.text());
    assertTrue(response.text().endsWith(",\"requestId\":\"req-42\"}"), response.text());
  }

  @Test
  void anUnknownApiAddressIsAJson404() {
    TestResponse response = client.get("/api/coffee");
    assertEquals(404, response.status());
    assertEquals("application/json", response.header("Content-Type"));
    assertTrue(response.text().contains("\"error\":\"Not Found\""), response.text());
  }

  @Test
  void aWrongMethodIs405WithAllowInJsonWhenAsked() {
    TestResponse response = client.request("DELETE", "/api/teas")
        .header("Accept", "application/json").send();
    assertEquals(405, response.status());
    assertEquals("GET, HEAD, OPTIONS, POST", response.header("Allow"));
    assertEquals("application/json", response.header("Content-Type"));
    assertTrue(response.text().startsWith("{\"code\":405,\"name\":\"Method Not Allowed\""),
        response.text());
  }

  @Test
  void addingATeaAnswers201WithItsLocation() {
    TestResponse created = post("{\"name\":\" Gyokuro \",\"description\":\"Shaded.\"}", KEY);
    assertEquals(201, created.status(), created.text());
    assertEquals("/api/teas/4", created.header("Location"));
    assertEquals("{\"id\":4,\"name\":\"Gyokuro\",\"description\":\"Shaded.\",\"url\":"
        + "\"/api/teas/4\"}", created.text());
    assertEquals(created.text(), client.get("/api/teas/4").text());
    assertTrue(client.get("/teas/4").text().contains("<h1>Gyokuro</h1>"), "the pages see it");
  }

  @Test
  void addingWithoutTheKeyIsAJson401() {
    for (String key : new String[] {null, "guess"}) {
      TestResponse response = post("{\"name\":\"Matcha\"}", key);
      assertEquals(401, response.status());
      assertEquals("{\"status\":401,\"error\":\"Unauthorized\",\"message\":\"Send the shop's API"
          + " key in the X-Api-Key header.\",\"requestId\":\"" + response.header("X-Request-Id")
          + "\"}", response.text());
    }
    assertEquals(3, catalog.all().size());
  }

  @Test
  void readingNeedsNoKey() {
    assertEquals(200, client.get("/api/teas/1").status());
    assertEquals(200, client.head("/api/teas").status());
    assertEquals(200, client.options("/api/teas").status(), "a CORS preflight is not refused");
  }

  @Test
  void aTeaWithoutANameIs400() {
    TestResponse response = post("{\"description\":\"Mystery\"}", KEY);
    assertEquals(400, response.status());
    assertTrue(response.text().contains("\"message\":\"A tea needs a name.\""), response.text());
  }

  @Test
  void malformedJsonIs400AndAnotherContentTypeIs415() {
    assertEquals(400, post("{\"name\":", KEY).status());
    TestResponse text = client.request("POST", "/api/teas").header("X-Api-Key", KEY)
        .header("Content-Type", "text/plain").body("Matcha").send();
    assertEquals(415, text.status());
    assertTrue(text.text().contains("\"status\":415"), text.text());
  }

  @Test
  void statsCountWhatTheTeardownHookSaw() {
    client.get("/api/teas");
    client.get("/nowhere");
    post("{}", null);
    assertEquals("{\"served\":3,\"failed\":0}", sorted(client.get("/api/stats").text()));
    assertEquals(4, traffic.served(), "the stats request itself, once over");
  }

  /** The map's keys in a fixed order, whatever order the map kept them in. */
  private static String sorted(String json) {
    return json.startsWith("{\"failed\"")
        ? "{" + json.substring(json.indexOf(',') + 1, json.length() - 1) + ","
            + json.substring(1, json.indexOf(',')) + "}"
        : json;
  }
}
