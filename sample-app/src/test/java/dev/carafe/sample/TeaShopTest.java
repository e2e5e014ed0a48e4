package dev.carafe.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import org.junit.jupiter.api.Test;

/** The tea shop's HTML pages and its app-wide hooks, through the in-process test client. */
class TeaShopTest {
  private final TestClient client = new TestClient(TeaShopApp.create());

  private TestResponse postForm(String body) {
    return client.request("POST", "/teas")
        .header("Content-Type", "application/x-www-form-urlencoded").body(body).send();
  }

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
  void teaListHasAFormToAddATea() {
    String page = client.get("/teas").text();
    assertTrue(page.contains("<form method=post action=\"/teas\">"), page);
    assertTrue(page.contains("<input name=name required>"), page);
  }

  @Test
  void unknownTeaIsTheShopsNotFoundPage() {
    TestResponse response = client.get("/teas/99");
    assertEquals(404, response.status());
    assertEquals("text/html; charset=utf-8", response.header("Content-Type"));
    assertTrue(response.text().contains("<title>Not found - Tea shop</title>"), response.text());
    assertTrue(response.text().contains("No tea number 99 in the catalog."), response.text());
  }

  @Test
  void unknownAddressIsTheShopsNotFoundPageToo() {
    TestResponse response = client.get("/coffee");
    assertEquals(404, response.status());
    assertTrue(response.text().contains("<h1>Not found</h1>"), response.text());
    assertTrue(response.text().contains("<a href=\"/teas\">our teas</a>"), response.text());
  }

  @Test
  void greetingIsDecodedAndEscaped() {
    String page = client.get("/hello/%3Cb%3EAda").text();
    assertTrue(page.contains("<h1>Hello, &lt;b&gt;Ada!</h1>"), page);
  }

  @Test
  void addingATeaByFormRedirectsToItsPage() {
    TestResponse created = postForm("name=Oolong&description=Half+way+to+black.");
    assertEquals(303, created.status());
    String location = created.header("Location");
    assertEquals("/teas/4", location);
    String page = client.get(location).text();
    assertTrue(page.contains("<h1>Oolong</h1>"), page);
    assertTrue(page.contains("<p>Half way to black.</p>"), page);
  }

  @Test
  void theDescriptionIsOptional() {
    assertEquals(303, postForm("name=Genmaicha").status());
    assertTrue(client.get("/teas/4").text().contains("Added by a customer."));
  }

  @Test
  void aBlankNameIs400() {
    TestResponse response = postForm("name=++");
    assertEquals(400, response.status());
    assertTrue(response.text().contains("A tea needs a name."), response.text());
  }

  @Test
  void aMissingFieldIs400NamingIt() {
    TestResponse response = postForm("description=nameless");
    assertEquals(400, response.status());
    assertTrue(response.text().contains("&#39;name&#39;"), response.text());
  }

  @Test
  void everyAnswerForbidsSniffingAndFraming() {
    for (TestResponse response : new TestResponse[] {
        client.get("/"), client.get("/teas/99"), client.get("/api/teas"), postForm("")}) {
      assertEquals("nosniff", response.header("X-Content-Type-Options"), response.toString());
      assertEquals("DENY", response.header("X-Frame-Options"), response.toString());
    }
  }

  @Test
  void everyAnswerCarriesARequestId() {
    String first = client.get("/").header("X-Request-Id");
    String second = client.get("/").header("X-Request-Id");
    assertNotNull(first);
    assertFalse(first.equals(second), first + " twice");
  }

  @Test
  void theClientsRequestIdIsKeptAndAStrangeOneReplaced() {
    assertEquals("abc-123", client.request("GET", "/").header("X-Request-Id", "abc-123").send()
        .header("X-Request-Id"));
    String replaced = client.request("GET", "/").header("X-Request-Id", "<script>").send()
        .header("X-Request-Id");
    assertEquals(36, replaced.length(), replaced);
  }

  @Test
  void controllersCanBeReplacedForATest() {
    Catalog empty = new Catalog();
    TestClient isolated = new TestClient(TeaShopApp.builder().teas(new Teas(empty)).build());
    assertFalse(isolated.get("/teas").text().contains("<li>"));
  }
}
