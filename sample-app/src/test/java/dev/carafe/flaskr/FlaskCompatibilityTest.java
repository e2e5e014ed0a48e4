package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.App;
import dev.carafe.PythonProcess;
import dev.carafe.RequestContext;
import dev.carafe.test.TestClient;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving from Flask's Flaskr to Carafe's without losing anyone: a database that Flask's own
 * Flaskr made, in this machine's {@code python3} through Flask's test client, logs its users in
 * unchanged, and a session cookie Flask's Flaskr signed (with the same {@code SECRET_KEY}, Flaskr's
 * {@code dev}) is a logged-in session; and the other way round. Flask's Flaskr is
 * {@code src/test/resources/flask-flaskr/flaskr}, copied from Flask 3.1.3, driven by
 * {@code drive_flaskr.py}. Skipped when Flask 3.1 is not importable.
 */
class FlaskCompatibilityTest {
  private static final String USER = "flask-user";
  private static final String PASSWORD = "correct horse";

  @TempDir
  Path work;
  private Path flask;
  private Path database;
  private App app;
  private TestClient client;

  @BeforeAll
  static void flask31() {
    assumeTrue(PythonProcess.imports("flask", "3.1.") && PythonProcess.imports("werkzeug", "3.1."),
        "Flask 3.1 is not importable in python3 (pip install 'flask==3.1.*', or Debian's"
        + " python3-flask): the tests against Flask's own Flaskr are skipped");
  }

  @BeforeEach
  void flaskMakesTheDatabase() throws Exception {
    // A copy of Flask's Flaskr, since create_app makes its instance folder beside the package.
    flask = work.resolve("flask");
    copy(resource("/flask-flaskr"), flask);
    database = work.resolve("flaskr.sqlite");
    flaskr("register", database.toString(), USER, PASSWORD, "Written with Flask");

    app = Conftest.createApp(Map.of(Db.DATABASE, database.toString()));
    client = new TestClient(app);
  }

  @AfterEach
  void closeApp() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aUserRegisteredWithFlaskLogsInToCarafe() throws Exception {
    Conftest.appContext(app, () -> {
      String hash = (String) Conftest.fetchOne(
          "SELECT password FROM \"user\" WHERE username = '" + USER + "'").get("password");
      assertTrue(hash.startsWith("scrypt:32768:8:1$"), hash);
    });
    AuthActions auth = new AuthActions(client);
    assertTrue(auth.login(USER, "wrong").text().contains("Incorrect password."));

    var response = auth.login(USER, PASSWORD);
    assertEquals("/", response.header("Location"), response::toString);
    String page = client.get("/").text();
    assertTrue(page.contains("<span>" + USER + "</span>"), page);
    assertTrue(page.contains("Log Out"), page);
    // Flask's post, with Flask's timestamp, on Carafe's index, which its author may edit.
    assertTrue(page.contains("<h1>Written with Flask</h1>"), page);
    assertTrue(page.contains("by " + USER + " on "), page);
    assertTrue(page.contains("href=\"/1/update\""), page);
  }

  @Test
  void aSessionFlaskSignedIsLoggedInInCarafe() throws Exception {
    String cookie = flaskr("login", database.toString(), USER, PASSWORD).strip();
    client.setCookie("session", cookie);

    assertEquals(1L, ((Number) Conftest.session(app, client).get("user_id")).longValue());
    Conftest.requestContext(app, client, () -> {
      new Auth().loadLoggedInUser(RequestContext.current().session());
      assertEquals(USER, Auth.user().username());
    });
    String page = client.get("/").text();
    assertTrue(page.contains("<span>" + USER + "</span>"), page);
    assertTrue(page.contains("Log Out"), page);
    assertEquals(200, client.get("/1/update").status());
  }

  @Test
  void aUserAndSessionOfCarafeWorkInFlask() throws Exception {
    AuthActions auth = new AuthActions(client);
    Conftest.post(client, "/auth/register", Map.of("username", "carafe-user", "password", "pw"));
    assertEquals("/", auth.login("carafe-user", "pw").header("Location"));
    String cookie = client.cookie("session").orElseThrow().value();

    String page = flaskr("page", database.toString(), cookie, "/");
    assertTrue(page.contains("<span>carafe-user</span>"), page);
    assertTrue(page.contains("Log Out"), page);
    // Flask's login checks the password hash Carafe wrote.
    flaskr("login", database.toString(), "carafe-user", "pw");
  }

  /** Runs {@code drive_flaskr.py} with {@code args}; its output. */
  private String flaskr(String... args) {
    String[] arguments = new String[args.length + 1];
    arguments[0] = "drive_flaskr.py";
    System.arraycopy(args, 0, arguments, 1, args.length);
    return PythonProcess.run(flask, "", arguments);
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FlaskCompatibilityTest.class.getResource(name).toURI());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
