package dev.carafe.flaskr;

import dev.carafe.App;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Session;
import dev.carafe.config.Config;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.HeaderList;
import dev.carafe.routing.PathParams;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Flaskr's {@code tests/conftest.py} as a JUnit extension: before each test, a fresh database
 * ({@link TestDatabase}: {@code init-db}, then the test data) and the application made with
 * {@code TESTING} and {@code DATABASE} set, as {@code create_app({"TESTING": True, "DATABASE":
 * db_path})}; after it, the database's pool closed and the file removed. A test method takes
 * the fixtures as parameters, as a pytest test names them: {@link App} ({@code app}),
 * {@link TestClient} ({@code client}) and {@link AuthActions} ({@code auth}).
 *
 * <pre>{@code
 * @RegisterExtension final Conftest flaskr = new Conftest(database);
 *
 * @Test
 * void logout(TestClient client, AuthActions auth) { ... }
 * }</pre>
 */
final class Conftest implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
  private final TestDatabase database;
  private final Map<String, String> config;
  private String location;
  private App app;
  private TestClient client;

  Conftest(TestDatabase database) {
    this(database, Map.of());
  }

  /** With {@code config} added to the test configuration, such as the API's key. */
  Conftest(TestDatabase database, Map<String, String> config) {
    this.database = database;
    this.config = Map.copyOf(config);
  }

  /** {@code create_app(test_config)}: Flaskr's defaults with {@code test_config} over them. */
  static App createApp(Map<String, String> testConfig) {
    App app = FlaskrApp.create();
    Config.Builder config = app.config().toBuilder();
    testConfig.forEach(config::set);
    return app.withConfig(config.build());
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    database.assumeAvailable();
    location = database.create();
    Map<String, String> testConfig = new LinkedHashMap<>(config);
    testConfig.put("TESTING", "true");
    testConfig.put(Db.DATABASE, location);
    app = createApp(testConfig);
    initDb(app, database);
    client = new TestClient(app);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    // Close and remove the temporary database.
    if (app != null) {
      app.close();
      database.remove(location);
    }
  }

  /** The database this test runs on. */
  TestDatabase database() {
    return database;
  }

  /** The {@code DATABASE} of this test's application: a file path or a PostgreSQL URL. */
  String location() {
    return location;
  }

  App app() {
    return app;
  }

  TestClient client() {
    return client;
  }

  /**
   * Flask's {@code with app.app_context():}, which Carafe has no separate object for: runs
   * {@code body} in the context of a request that has no cookies, so that {@link Db#get()} works,
   * then runs Flaskr's teardown, {@link Db#close()}, as the application does after each request.
   */
  void appContext(SqlAction body) throws Exception {
    appContext(app, body);
  }

  /**
   * Flask's {@code with client:} after a request: runs {@code body} in the context of a request
   * that carries the client's cookies, so that {@code RequestContext.current().session()} is the
   * session the client holds; Flaskr's teardown runs at the end.
   */
  void requestContext(TestClient client, SqlAction body) throws Exception {
    requestContext(app, client, body);
  }

  /** {@code with client:} for {@code app}; see {@link #requestContext(TestClient, SqlAction)}. */
  static void requestContext(App app, TestClient client, SqlAction body) throws Exception {
    inContext(app, cookies(client), body);
  }

  /** Creates the database of {@code app} and loads {@code database}'s test data into it. */
  static void initDb(App app, TestDatabase database) throws Exception {
    appContext(app, () -> {
      Db.initDb(app.config());
      Db.executeScript(Db.get(), database.dataSql());
    });
  }

  /** {@code with app.app_context():} for {@code app}; see {@link #appContext(SqlAction)}. */
  static void appContext(App app, SqlAction body) throws Exception {
    inContext(app, HeaderList.empty(), body);
  }

  private static void inContext(App app, HeaderList headers, SqlAction body) throws Exception {
    Environ environ = Environ.builder().method("GET").pathInfo("/").headers(headers).build();
    RequestContext context =
        new RequestContext(app, new Request(environ, null, PathParams.none(), app.limits()));
    context.push();
    try {
      body.run();
    } finally {
      try {
        Db.close();
      } finally {
        context.pop();
      }
    }
  }

  /** Flask's {@code session} as the client's cookie holds it, read by the application. */
  Session session(TestClient client) {
    return session(app, client);
  }

  /** {@code session} as {@code app} reads it from the client's cookie. */
  static Session session(App app, TestClient client) {
    Environ environ = Environ.builder().method("GET").pathInfo("/").headers(cookies(client)).build();
    Request request = new Request(environ, null, PathParams.none(), app.limits());
    return app.sessionInterface().open(request, app);
  }

  private static HeaderList cookies(TestClient client) {
    String cookie = client.cookies().stream()
        .map(c -> c.name() + "=" + c.value())
        .collect(Collectors.joining("; "));
    return cookie.isEmpty() ? HeaderList.empty() : HeaderList.of("Cookie", cookie);
  }

  /** {@code client.post(path, data={...})}: the fields sent as a urlencoded form. */
  static TestResponse post(TestClient client, String path, Map<String, String> data) {
    String body = data.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return client.request("POST", path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body)
        .send();
  }

  /** {@code client.post(path)}: no form at all. */
  static TestResponse post(TestClient client, String path) {
    return client.request("POST", path).send();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /**
   * {@code get_db().execute(sql).fetchone()}, in an {@link #appContext}: the first row, by column
   * name (lower case), as {@code sqlite3.Row}; {@code null} when there is none.
   */
  static Map<String, Object> fetchOne(String sql) throws SQLException {
    try (Statement statement = Db.get().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        return null;
      }
      ResultSetMetaData columns = rows.getMetaData();
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= columns.getColumnCount(); i++) {
        row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
      }
      return row;
    }
  }

  /** {@code get_db().execute(sql)}, then {@code commit()}, which JDBC's auto-commit does. */
  static void execute(String sql) throws SQLException {
    try (Statement statement = Db.get().createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == App.class || type == TestClient.class || type == AuthActions.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    if (type == App.class) {
      return app;
    }
    return type == TestClient.class ? client : new AuthActions(client);
  }

  /** Code that uses the database. */
  @FunctionalInterface
  interface SqlAction {
    void run() throws Exception;
  }
}
