package dev.carafe.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tea shop over real HTTP, and its generated main class. */
class TeaShopServerTest {
  private static Server server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    server = Server.builder(TeaShopApp.create()).host("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesPagesOverHttp() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri().resolve("/teas/1")));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("<h1>Darjeeling</h1>"), response.body());
  }

  @Test
  void postsABodyOverHttp() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri().resolve("/teas"))
        .POST(HttpRequest.BodyPublishers.ofString("Genmaicha")));
    assertEquals(201, response.statusCode());
    String location = response.headers().firstValue("Location").orElseThrow();
    assertTrue(send(HttpRequest.newBuilder(server.uri().resolve(location))).body()
        .contains("Genmaicha"));
  }

  @Test
  void wrongMethodIs405WithAllowOverHttp() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(server.uri().resolve("/teas"))
        .DELETE());
    assertEquals(405, response.statusCode());
    assertEquals("GET, HEAD, OPTIONS, POST", response.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void mainListsTheRoutesLikeFlaskRoutes() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      TeaShopMain.main(new String[] {"--routes"});
    } finally {
      System.setOut(original);
    }
    assertEquals(String.join("\n",
            "Endpoint  Methods  Rule",
            "--------  -------  --------------",
            "add       POST     /teas",
            "hello     GET      /hello/<name>",
            "index     GET      /",
            "list      GET      /teas",
            "tea       GET      /teas/<int:id>",
            ""),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void uriPointsAtTheBoundPort() {
    assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
  }
}
