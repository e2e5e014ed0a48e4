package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.FixtureApp;
import dev.carafe.server.Server;
import dev.carafe.test.TestClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a test of an application gets from the extension: the application, a client, a server. */
class CarafeExtensionTest {
  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(FixtureApp::create);

  @Test
  void theClientAsksTheApplicationInProcess(TestClient client, App app) {
    assertSame(carafe.app(), app);
    assertEquals("Hello", client.get("/").text());
    assertEquals(404, client.get("/nowhere").status());
  }

  @Test
  void theServerAnswersOverHttpOnAFreePort(URI uri, Server server) throws Exception {
    assertTrue(server.port() > 0);
    assertEquals("http://127.0.0.1:" + server.port() + "/", uri.toString());
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri.resolve("/items")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    assertEquals("items", response.body());
  }

  @RepeatedTest(2)
  void eachTestHasAClientOfItsOwnSoCookiesDoNotLeak(TestClient client) {
    assertTrue(client.cookies().isEmpty(), "a cookie from an earlier test: " + client.cookies());
    client.setCookie("seen", "yes");
    assertSame(client, carafe.client(), "the parameter is the extension's client for this test");
  }
}
