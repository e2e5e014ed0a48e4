package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.SessionInterface;
import dev.carafe.gateway.Environ;
import dev.carafe.server.Server;
import dev.carafe.server.jetty.JettyServer;
import dev.carafe.server.undertow.UndertowServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each endpoint of a generated application runs where the processor decided: on the server's
 * I/O thread when it and every hook that can run for it are {@code @NonBlocking}, on a worker
 * otherwise; and the answers no endpoint gives (404, 405, the automatic {@code OPTIONS}, the
 * trailing-slash redirect) stay on the I/O thread as long as no hook that meets them may block.
 * First as the application answers {@link App#mayBlock}, then served by Undertow and by Jetty,
 * where each answer's {@code X-Thread} header names the kind of thread that made it.
 */
class WhereRequestsRunTest {
  private static App cafe;
  private static App blockingHooks;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compiler.compile(
        Compiler.source("cafe.Cafe", "package cafe;", "import dev.carafe.*;",
            "@Application @NonBlocking public class Cafe {",
            "  @AfterRequest public Response stamp(Response response) {",
            "    return response.withHeader(\"X-Thread\", dev.carafe.processor.ThreadKind.now());",
            "  }",
            "  @ErrorHandler(status = 404) public String missing() { return \"no such dish\"; }",
            "}"),
        Compiler.source("cafe.Menu", "package cafe;", "import dev.carafe.*;",
            "public class Menu {",
            "  @Get(\"/\") public String index() { return \"menu\"; }",
            "  @Get(\"/dishes/<int:id>\") public String dish(int id) { return \"dish \" + id; }",
            "  @Get(\"/specials/\") public String specials() { return \"specials\"; }",
            "  @Route(value = \"/old-menu\", redirectTo = \"/\") public void oldMenu() {}",
            "}"),
        Compiler.source("cafe.Orders", "package cafe;", "import dev.carafe.*;",
            "@Blocking public class Orders {",
            "  @Get(\"/orders/<int:id>\") public String order(int id) { return \"order \" + id; }",
            "  @NonBlocking @Get(\"/orders/count\") public String count() { return \"3\"; }",
            "}"),
        Compiler.source("cafe.Kitchen", "package cafe;", "import dev.carafe.*;",
            "@Blueprint(name = \"kitchen\", urlPrefix = \"/kitchen\")",
            "public class Kitchen {",
            "  @Blocking @BeforeRequest public void loadCook(Request request) {}",
            "  @Get(\"/\") public String board() { return \"board\"; }",
            "}"));
    assertThat(compilation).succeeded();
    cafe = Compiler.app(compilation, "cafe.Cafe");

    Compilation hooked = Compiler.compile(
        Compiler.source("shop.Shop", "package shop;", "import dev.carafe.*;",
            "@Application public class Shop {",
            "  @BeforeRequest public void loadUser(Request request) {}",
            "}"),
        Compiler.source("shop.Pages", "package shop;", "import dev.carafe.*;",
            "@NonBlocking public class Pages {",
            "  @Get(\"/\") public String index() { return \"\"; }",
            "}"));
    assertThat(hooked).succeeded();
    blockingHooks = Compiler.app(hooked, "shop.Shop");
  }

  private static Environ request(String method, String path) {
    return Environ.builder().method(method).pathInfo(path).build();
  }

  @Test
  void nonBlockingEndpointsStayOnTheIoThread() {
    assertFalse(cafe.mayBlock(request("GET", "/")), "declared by the application");
    assertFalse(cafe.mayBlock(request("GET", "/dishes/7")), "declared by the application");
    assertFalse(cafe.mayBlock(request("HEAD", "/")), "HEAD is GET without the body");
    assertFalse(cafe.mayBlock(request("GET", "/orders/count")), "the method over its class");
    assertFalse(cafe.mayBlock(request("GET", "/old-menu")), "a redirect rule calls no method");
  }

  @Test
  void blockingEndpointsGoToAWorker() {
    assertTrue(cafe.mayBlock(request("GET", "/orders/3")), "@Blocking on the class");
    assertTrue(cafe.mayBlock(request("GET", "/kitchen/")), "the blueprint's hook blocks");
    assertTrue(cafe.mayBlock(request("GET", "/static/app.css")), "the static folder reads files");
  }

  @Test
  void answersWithoutAnEndpointStayOnTheIoThread() {
    assertFalse(cafe.mayBlock(request("GET", "/nowhere")), "404, to a non-blocking handler");
    assertFalse(cafe.mayBlock(request("POST", "/")), "405");
    assertFalse(cafe.mayBlock(request("OPTIONS", "/")), "the automatic OPTIONS");
    assertFalse(cafe.mayBlock(request("GET", "/specials")), "the trailing-slash redirect");
    assertFalse(cafe.mayBlock(request("GET", "/bad\u0001path")), "a control character: 400");
  }

  @Test
  void aHookThatMayBlockSendsEverythingItMeetsToAWorker() {
    assertTrue(blockingHooks.mayBlock(request("GET", "/")));
    assertTrue(blockingHooks.mayBlock(request("GET", "/nowhere")));
    assertTrue(blockingHooks.mayBlock(request("OPTIONS", "/")));
  }

  @Test
  void debugModeAndASessionStoreOfTheApplicationsOwnSendEverythingToAWorker() {
    assertTrue(cafe.withDebug(true).mayBlock(request("GET", "/")), "debug pages read sources");
    SessionInterface store = cafe.sessionInterface();
    SessionInterface own = new SessionInterface() {
      @Override
      public dev.carafe.Session open(dev.carafe.Request request, App app) {
        return store.open(request, app);
      }

      @Override
      public dev.carafe.Response save(dev.carafe.Session session, dev.carafe.Request request,
          dev.carafe.Response response, App app) {
        return store.save(session, request, response, app);
      }
    };
    assertTrue(cafe.withSessionInterface(own).mayBlock(request("GET", "/")));
    assertFalse(cafe.withDebug(false).mayBlock(request("GET", "/")));
  }

  static Stream<Arguments> servedRequests() {
    Stream<Arguments> requests = Stream.of(
        Arguments.of("GET", "/", 200, "io"),
        Arguments.of("GET", "/orders/count", 200, "io"),
        Arguments.of("GET", "/orders/3", 200, "worker"),
        Arguments.of("GET", "/kitchen/", 200, "worker"),
        Arguments.of("GET", "/nowhere", 404, "io"),
        Arguments.of("DELETE", "/", 405, "io"),
        Arguments.of("OPTIONS", "/", 200, "io"),
        Arguments.of("GET", "/specials", 308, "io"),
        Arguments.of("GET", "/old-menu", 308, "io"));
    return requests.flatMap(request -> Stream.of("undertow", "jetty").map(server ->
        Arguments.of(server, request.get()[0], request.get()[1], request.get()[2], request.get()[3])));
  }

  @ParameterizedTest(name = "{0}: {1} {2} -> {3} on {4}")
  @MethodSource("servedRequests")
  @Timeout(60) // a hang guard, not a performance bound
  void servedByEachServerEveryRequestRunsWhereTheProcessorDecided(String serverName, String method,
      String path, int status, String thread) throws Exception {
    Function<App, Server.Builder> builder = serverName.equals("undertow")
        ? UndertowServer::builder : JettyServer::builder;
    try (Server server = builder.apply(cafe).port(0).virtualThreads(false).start()) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.port() + path))
          .method(method, HttpRequest.BodyPublishers.noBody())
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(status, response.statusCode());
      assertEquals(thread, response.headers().firstValue("X-Thread").orElse("none"));
    }
  }
}
