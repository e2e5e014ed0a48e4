package dev.carafe.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.gateway.Middleware;
import dev.carafe.middleware.AccessLog;
import dev.carafe.server.Server;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tea shop over real HTTP, and its generated main class. */
class TeaShopServerTest {
  private static final String KEY = "server-test-key";
  private static final List<String> ACCESS_LOG = new CopyOnWriteArrayList<>();
  private static Server server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    Catalog catalog = Catalog.withHouseTeas();
    Traffic traffic = new Traffic();
    var app = TeaShopApp.builder()
        .teas(new Teas(catalog))
        .traffic(traffic)
        .teaApi(new TeaApi(catalog, traffic, KEY))
        .build();
    server = Server.builder(Middleware.chain(app, new AccessLog(ACCESS_LOG::add)))
        .host("127.0.0.1").port(0).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder to(String path) {
    return HttpRequest.newBuilder(server.uri().resolve(path));
  }

  @Test
  void servesPagesOverHttp() throws Exception {
    HttpResponse<String> response = send(to("/teas/1"));
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("<h1>Darjeeling</h1>"), response.body());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertTrue(response.headers().firstValue("X-Request-Id").isPresent());
  }

  @Test
  void postsAFormOverHttp() throws Exception {
    HttpResponse<String> response = send(to("/teas")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("name=Genmaicha")));
    assertEquals(303, response.statusCode());
    String location = response.headers().firstValue("Location").orElseThrow();
    assertTrue(send(to(location)).body().contains("<h1>Genmaicha</h1>"));
  }

  @Test
  void unknownPageIsTheShopsNotFoundPageOverHttp() throws Exception {
    HttpResponse<String> response = send(to("/coffee"));
    assertEquals(404, response.statusCode());
    assertTrue(response.body().contains("<h1>Not found</h1>"), response.body());
  }

  @Test
  void wrongMethodIs405WithAllowOverHttp() throws Exception {
    HttpResponse<String> response = send(to("/teas").DELETE());
    assertEquals(405, response.statusCode());
    assertEquals("GET, HEAD, OPTIONS, POST", response.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void apiAddsAndReadsATeaOverHttp() throws Exception {
    HttpResponse<String> created = send(to("/api/teas")
        .header("Content-Type", "application/json").header("X-Api-Key", KEY)
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hojicha\"}")));
    assertEquals(201, created.statusCode(), created.body());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.startsWith("/api/teas/"), location);
    HttpResponse<String> read = send(to(location));
    assertEquals(200, read.statusCode());
    assertEquals("application/json", read.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(created.body(), read.body());
  }

  @Test
  void apiErrorsAreJsonOverHttp() throws Exception {
    HttpResponse<String> unauthorized = send(to("/api/teas")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Hojicha\"}")));
    assertEquals(401, unauthorized.statusCode());
    assertTrue(unauthorized.body().contains("\"error\":\"Unauthorized\""), unauthorized.body());
    HttpResponse<String> missing = send(to("/api/teas/99"));
    assertEquals(404, missing.statusCode());
    assertEquals("application/json", missing.headers().firstValue("Content-Type").orElseThrow());
    HttpResponse<String> bad = send(to("/api/teas?perPage=many"));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("Query parameter 'perPage' must be an integer"), bad.body());
  }

  @Test
  void theAccessLogMiddlewareWritesALinePerRequest() throws Exception {
    send(to("/hello/log?x=1"));
    assertTrue(ACCESS_LOG.stream().anyMatch(
            line -> line.matches("127\\.0\\.0\\.1 - - \\[.*\\] \"GET /hello/log\\?x=1 HTTP/1\\.1\""
                + " 200 \\d+ [0-9.]+ms")),
        ACCESS_LOG.toString());
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
            "Endpoint   Methods  Rule",
            "---------  -------  -----------------------",
            "add        POST     /teas",
            "api.add    POST     /api/teas",
            "api.list   GET      /api/teas",
            "api.stats  GET      /api/stats",
            "api.tea    GET      /api/teas/<int:id>",
            "hello      GET      /hello/<name>",
            "index      GET      /",
            "list       GET      /teas",
            "static     GET      /static/<path:filename>",
            "tea        GET      /teas/<int:id>",
            ""),
        out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void uriPointsAtTheBoundPort() {
    assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.uri());
  }
}
