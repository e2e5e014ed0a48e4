package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.FixtureApp;
import dev.carafe.server.Server;
import dev.carafe.server.jetty.JettyServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An application's tests can serve it on Jetty, as {@code --server jetty} serves it. */
class JettyExtensionTest {
  @RegisterExtension
  static final CarafeExtension carafe =
      CarafeExtension.of(FixtureApp::create).servedOn(JettyServer::builder);

  @Test
  void theServerIsJettyAndServesTheApplication(Server server, URI uri) throws Exception {
    assertTrue(server instanceof JettyServer, server.toString());
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(uri.resolve("/items")).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals("items", response.body());
  }
}
