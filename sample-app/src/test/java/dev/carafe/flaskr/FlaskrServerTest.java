package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.junit.CarafeExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Flaskr through a real server (Undertow on a free port of 127.0.0.1), as a browser uses it: the
 * same SQLite database for the whole class, set up as Flaskr's tests set it up.
 */
class FlaskrServerTest {
  private static String database;

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(FlaskrServerTest::createApp);

  private static App createApp() {
    database = TestDatabase.SQLITE.create();
    App app = Conftest.createApp(Map.of("TESTING", "true", Db.DATABASE, database));
    try {
      Conftest.initDb(app, TestDatabase.SQLITE);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return app;
  }

  @AfterAll
  static void removeDatabase() {
    carafe.app().close();
    TestDatabase.SQLITE.remove(database);
  }

  /** A browser's session: cookies kept, redirects not followed, so that the test sees them. */
  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  @Test
  void registerLogInWriteAndRead(URI server) throws Exception {
    HttpClient browser = browser();
    assertEquals(200, get(browser, server, "/auth/register").statusCode());

    var registered = post(browser, server, "/auth/register", "username", "ada", "password", "s3cret");
    assertEquals(302, registered.statusCode(), registered::body);
    assertEquals(List.of("/auth/login"), registered.headers().allValues("Location"));

    var loggedIn = post(browser, server, "/auth/login", "username", "ada", "password", "s3cret");
    assertEquals(302, loggedIn.statusCode(), loggedIn::body);
    assertEquals(List.of("/"), loggedIn.headers().allValues("Location"));
    String cookie = loggedIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("session=") && cookie.contains("HttpOnly"), cookie);

    var page = get(browser, server, "/");
    assertTrue(page.body().contains("<span>ada</span>"), page::body);
    assertTrue(page.body().contains("Log Out"), page::body);

    var created = post(browser, server, "/create", "title", "Over HTTP", "body", "a <b>body</b>");
    assertEquals(302, created.statusCode(), created::body);
    assertEquals(List.of("/"), created.headers().allValues("Location"));

    String index = get(browser, server, "/").body();
    assertTrue(index.contains("<h1>Over HTTP</h1>"), index);
    assertTrue(index.contains("<div class=\"about\">by ada on "), index);
    assertTrue(index.contains("a &lt;b&gt;body&lt;/b&gt;"), index);
    assertTrue(index.contains("by test on 2018-01-01"), index);

    var loggedOut = get(browser, server, "/auth/logout");
    assertEquals(List.of("/"), loggedOut.headers().allValues("Location"));
    assertTrue(get(browser, server, "/").body().contains("Log In"));
  }

  /**
   * The {@code Location} headers as they cross the wire, relative as Werkzeug sends them since
   * 2.1: read from a plain socket, where no client library can have resolved them.
   */
  @Test
  void redirectsAreRelativeOnTheWire(URI server) throws IOException {
    String login = raw(server, "POST /auth/login HTTP/1.1", "username=test&password=test");
    assertTrue(login.startsWith("HTTP/1.1 302 "), login);
    assertTrue(login.contains("\r\nLocation: /\r\n"), login);
    assertTrue(login.contains("\r\nSet-Cookie: session="), login);

    String create = raw(server, "POST /create HTTP/1.1", "title=t&body=b");
    assertTrue(create.startsWith("HTTP/1.1 302 "), create);
    assertTrue(create.contains("\r\nLocation: /auth/login\r\n"), create);
  }

  @Test
  void forbiddenAndMissingPosts(URI server) throws Exception {
    HttpClient browser = browser();
    var loggedIn = post(browser, server, "/auth/login", "username", "other", "password", "other");
    assertEquals(List.of("/"), loggedIn.headers().allValues("Location"));
    assertFalse(get(browser, server, "/").body().contains("href=\"/1/update\""));

    assertEquals(403, post(browser, server, "/1/update", "title", "mine", "body", "").statusCode());
    assertEquals(403, post(browser, server, "/1/delete").statusCode());

    var missing = post(browser, server, "/99/update", "title", "t", "body", "");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("<p>Post id 99 doesn&#39;t exist.</p>"), missing::body);

    var api = browser.send(HttpRequest.newBuilder(server.resolve("/api/posts/99"))
        .header("X-Request-Id", "over-http").build(), BodyHandlers.ofString());
    assertEquals(404, api.statusCode());
    assertEquals("over-http", api.headers().firstValue("X-Request-Id").orElseThrow());
    assertTrue(api.body().contains("\"requestId\":\"over-http\""), api::body);
  }

  private static HttpResponse<String> get(HttpClient browser, URI server, String path)
      throws Exception {
    return browser.send(HttpRequest.newBuilder(server.resolve(path)).build(),
        BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(HttpClient browser, URI server, String path,
      String... namesAndValues) throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      form.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    String body = form.entrySet().stream()
        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return browser.send(HttpRequest.newBuilder(server.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
  }

  /** Sends one request with a form body on a socket of its own; the response's head and body. */
  private static String raw(URI server, String requestLine, String form) throws IOException {
    byte[] body = form.getBytes(StandardCharsets.US_ASCII);
    try (Socket socket = new Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((requestLine + "\r\nHost: " + server.getHost() + ":" + server.getPort()
          + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      ByteArrayOutputStream response = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      in.transferTo(response);
      return response.toString(StandardCharsets.ISO_8859_1);
    }
  }
}
