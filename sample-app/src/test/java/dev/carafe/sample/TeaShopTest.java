package dev.carafe.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import org.junit.jupiter.api.Test;

/** The tea shop through the in-process test client. */
class TeaShopTest {
  private final TestClient client = new TestClient(TeaShopApp.create());

  @Test
  void homePageLinksToTheTeas() {
    TestResponse response = client.get("/");
    assertEquals(200, response.status());
    assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
    assertTrue(response.text().contains("<a href=\"/teas\">our teas</a>"), response.text());
  }

  @Test
  void teaListLinksEachTeaWithTypedUrls() {
    String page = client.get("/teas").text();
    assertTrue(page.contains("<li><a href=\"/teas/2\">Sencha</a></li>"), page);
  }

  @Test
  void unknownTeaIs404WithAPage() {
    TestResponse response = client.get("/teas/99");
    assertEquals(404, response.status());
    assertTrue(response.text().contains("No tea number 99"), response.text());
  }

  @Test
  void greetingIsDecodedAndEscaped() {
    String page = client.get("/hello/%3Cb%3EAda").text();
    assertTrue(page.contains("<h1>Hello, &lt;b&gt;Ada!</h1>"), page);
  }

  @Test
  void addingATeaAnswers201WithItsLocation() {
    TestResponse created = client.post("/teas", "Oolong");
    assertEquals(201, created.status());
    String location = created.header("Location");
    assertEquals("/teas/4", location);
    assertTrue(client.get(location).text().contains("<h1>Oolong</h1>"));
  }

  @Test
  void addingATeaWithoutANameIs400() {
    assertEquals(400, client.post("/teas", "  ").status());
  }

  @Test
  void controllersCanBeReplacedForATest() {
    Catalog empty = new Catalog();
    TestClient isolated = new TestClient(TeaShopApp.builder().teas(new Teas(empty)).build());
    assertTrue(!isolated.get("/teas").text().contains("<li>"));
  }
}
