package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.launcher.AppCommand;
import dev.carafe.test.TestClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Flaskr's {@code tests/test_db.py}, on each {@link TestDatabase}. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class DbTest {
  @RegisterExtension
  final Conftest flaskr;

  DbTest(TestDatabase database) {
    flaskr = new Conftest(database);
  }

  @Test
  void getCloseDb() throws Exception {
    AtomicReference<Connection> db = new AtomicReference<>();
    flaskr.appContext(() -> {
      db.set(Db.get());
      assertSame(db.get(), Db.get());
    });

    SQLException e = assertThrows(SQLException.class,
        () -> db.get().createStatement().execute("SELECT 1"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  /**
   * What {@code close_db} is for, seen from outside: each request gives its connection back to
   * the pool, so that three times more requests than the pool has connections are all served
   * (a request that kept its connection would leave the next ones waiting 30 seconds).
   */
  @Test
  void everyRequestGivesItsConnectionBack(TestClient client, AuthActions auth) {
    auth.login();
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int i = 0; i < 30; i++) {
        assertEquals(200, client.get("/").status());
        assertEquals(200, client.get("/api/posts/1").status());
      }
    });
  }

  /**
   * Flask's test replaces {@code init_db} with a recorder; here the command runs for real, as
   * {@code runner.invoke(args=["init-db"])} would, and its work shows: the test data is gone.
   */
  @Test
  void initDbCommand(App app) throws Exception {
    AppCommand initDb = FlaskrMain.commands().stream()
        .filter(command -> command.name().equals("init-db"))
        .findFirst().orElseThrow();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      status = initDb.action().run(app, out, List.of());
    }
    assertEquals(0, status);
    assertTrue(output.toString(StandardCharsets.UTF_8).contains("Initialized"), output::toString);
    assertEmptyTables();
  }

  /** {@code flask --app flaskr init-db}: the generated main, in a JVM of its own. */
  @Test
  void initDbThroughTheGeneratedMain() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp",
        System.getProperty("java.class.path"), FlaskrMain.class.getName(), "init-db"));
    Path errors = Files.createTempFile("init-db", ".log");
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectError(errors.toFile());
      builder.environment().keySet().removeIf(name -> name.startsWith("CARAFE_"));
      builder.environment().put("CARAFE_DATABASE", flaskr.location());
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "init-db did not end");
      String log = Files.readString(errors);
      assertEquals(0, process.exitValue(), () -> output + log);
      assertEquals("Initialized the database.\n", output, log);
    } finally {
      Files.delete(errors);
    }
    assertEmptyTables();
  }

  private void assertEmptyTables() throws Exception {
    flaskr.appContext(() -> {
      assertNull(Conftest.fetchOne("SELECT * FROM \"user\""));
      assertNull(Conftest.fetchOne("SELECT * FROM post"));
    });
  }
}
