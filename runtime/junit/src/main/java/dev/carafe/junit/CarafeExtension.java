package dev.carafe.junit;

import dev.carafe.App;
import dev.carafe.Request;
import dev.carafe.Response;
import dev.carafe.Session;
import dev.carafe.SessionInterface;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Gateway;
import dev.carafe.gateway.HeaderList;
import dev.carafe.gateway.Middleware;
import dev.carafe.routing.PathParams;
import dev.carafe.server.Server;
import dev.carafe.server.undertow.UndertowServer;
import dev.carafe.test.TestClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a JUnit 5 test its application, the in-process test client and a real server on a free
 * port of the loopback address: the application is made once per test class and served until the
 * class is done, then closed ({@link App#close()}, its {@code @Shutdown} methods); each test gets
 * a client of its own, so cookies do not leak between tests.
 *
 * <pre>{@code
 * class ShopTest {
 *   @RegisterExtension
 *   static final CarafeExtension carafe = CarafeExtension.of(ShopApp::create);
 *
 *   @Test
 *   void home(TestClient client) {            // in process, no socket
 *     assertEquals(200, client.get("/").status());
 *   }
 *
 *   @Test
 *   void overHttp(URI server) throws Exception {   // the real server: http://127.0.0.1:PORT
 *     HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve("/")).build(), ...);
 *   }
 * }
 * }</pre>
 *
 * <p>A test method (or constructor) may take the {@link App}, the {@link TestClient}, the
 * {@link Server} or the server's base {@link URI}; the same are on the extension's accessors. The
 * server is Undertow unless {@link #servedOn} chooses another.
 */
public final class CarafeExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private final Supplier<? extends App> factory;
  private final Middleware middleware;
  private final Function<Gateway, Server.Builder> serverKind;
  private App app;
  private Gateway served;
  private Server server;
  private TestClient client;

  private CarafeExtension(Supplier<? extends App> factory, Middleware middleware,
      Function<Gateway, Server.Builder> serverKind) {
    this.factory = Objects.requireNonNull(factory, "factory");
    this.middleware = Objects.requireNonNull(middleware, "middleware");
    this.serverKind = Objects.requireNonNull(serverKind, "serverKind");
  }

  /** The extension for the application {@code factory} makes, such as {@code ShopApp::create}. */
  public static CarafeExtension of(Supplier<? extends App> factory) {
    return new CarafeExtension(factory, app -> app, UndertowServer::builder);
  }

  /**
   * The extension for the application {@code factory} makes, served wrapped in
   * {@code middleware} as the generated main serves it through the application class's
   * {@code middleware()}: the server and the client both go through it, as Flask's test client
   * goes through {@code app.wsgi_app}.
   *
   * <pre>{@code
   * static final CarafeExtension carafe =
   *     CarafeExtension.of(ShopApp::create, new Shop().middleware());
   * }</pre>
   */
  public static CarafeExtension of(Supplier<? extends App> factory, Middleware middleware) {
    return new CarafeExtension(factory, middleware, UndertowServer::builder);
  }

  /**
   * The same extension, serving on the server {@code serverKind} builds rather than on Undertow,
   * as {@code --server jetty} does for the generated main:
   *
   * <pre>{@code
   * static final CarafeExtension carafe =
   *     CarafeExtension.of(ShopApp::create).servedOn(JettyServer::builder);
   * }</pre>
   *
   * @param serverKind makes a server's builder for a gateway: {@code UndertowServer::builder}
   *     (the default) or {@code JettyServer::builder}
   */
  public CarafeExtension servedOn(Function<Gateway, Server.Builder> serverKind) {
    return new CarafeExtension(factory, middleware, serverKind);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    app = Objects.requireNonNull(factory.get(), "the factory made no application");
    served = Objects.requireNonNull(middleware.wrap(app), "the middleware gave no gateway");
    server = Objects.requireNonNull(serverKind.apply(served), "the server kind gave no builder")
        .host("127.0.0.1").port(0).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null) {
      server.stop();
      server = null;
    }
    if (app != null) {
      // As the generated main does after the server drained: the @Shutdown methods run.
      app.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    app();
    client = new TestClient(served);
  }

  /** The application, made once for the test class. */
  public App app() {
    if (app == null) {
      throw new IllegalStateException("Register the extension on a static field with"
          + " @RegisterExtension, so that it starts before the tests run");
    }
    return app;
  }

  /** The test's in-process client, with a cookie jar of its own, through the middleware if any. */
  public TestClient client() {
    if (client == null) {
      app();
      client = new TestClient(served);
    }
    return client;
  }

  /** The server, listening on a free port of 127.0.0.1. */
  public Server server() {
    app();
    return server;
  }

  /** The server's base URI, {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server().port() + "/");
  }

  /**
   * Opens the session the test's client would send, lets {@code change} read and change it, and
   * stores it back in the client's cookies: Flask's {@code client.session_transaction()}, to log
   * a user in (or set up any session) without going through the login page.
   *
   * <pre>{@code
   * carafe.sessionTransaction(session -> session.put("user_id", 1));
   * assertEquals("Hello 1", carafe.client().get("/").text());
   * }</pre>
   */
  public void sessionTransaction(Consumer<Session> change) {
    App application = app();
    TestClient testClient = client();
    List<String> sent = new ArrayList<>();
    testClient.cookies().forEach(cookie -> sent.add(cookie.name() + "=" + cookie.value()));
    Environ environ = Environ.builder().method("GET").pathInfo("/")
        .headers(sent.isEmpty() ? HeaderList.empty() : HeaderList.of("Cookie", String.join("; ", sent)))
        .build();
    Request request = new Request(environ, null, PathParams.none(), application.limits());
    SessionInterface sessions = application.sessionInterface();
    Session session = sessions.open(request, application);
    if (session.isUnavailable()) {
      throw new IllegalStateException("The application has no session to open: set SECRET_KEY in"
          + " its configuration");
    }
    change.accept(session);
    HeaderList headers = sessions.save(session, request, Response.text(""), application).headers();
    for (int i = 0; i < headers.size(); i++) {
      if (headers.name(i).equalsIgnoreCase("Set-Cookie")) {
        store(testClient, headers.value(i));
      }
    }
  }

  /** Puts a {@code Set-Cookie} the session interface wrote into the client's jar. */
  private static void store(TestClient testClient, String setCookie) {
    String[] parts = setCookie.split(";");
    int eq = parts[0].indexOf('=');
    String name = parts[0].substring(0, eq).trim();
    String value = parts[0].substring(eq + 1).trim();
    String path = "/";
    boolean deleted = false;
    for (int p = 1; p < parts.length; p++) {
      String attribute = parts[p].trim();
      String lower = attribute.toLowerCase(Locale.ROOT);
      if (lower.startsWith("path=")) {
        path = attribute.substring(5);
      } else if (lower.equals("max-age=0")) {
        deleted = true;
      }
    }
    if (deleted) {
      testClient.deleteCookie(name);
    } else {
      testClient.setCookie(name, value, path);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == App.class || type == TestClient.class || type == Server.class || type == URI.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == App.class) {
      return app();
    }
    if (type == TestClient.class) {
      return client();
    }
    return type == Server.class ? server() : uri();
  }
}
