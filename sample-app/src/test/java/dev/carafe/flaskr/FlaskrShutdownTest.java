package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.App;
import dev.carafe.test.TestClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing Flaskr closes its database pool ({@code Db.closePool}, its {@code @Shutdown} method):
 * no connection to the SQLite file is left open, and SQLite folds its write-ahead log back in.
 */
class FlaskrShutdownTest {
  @TempDir
  Path folder;

  @Test
  void closingTheApplicationClosesEveryConnectionOfItsPool() throws Exception {
    assumeTrue(OpenFiles.countable(), "counts /proc/self/fd, which only Linux has");
    Path database = folder.resolve("flaskr.sqlite");
    App app = FlaskrApp.create().withConfig(FlaskrApp.create().config().toBuilder()
        .set(Db.DATABASE, database.toString()).build());
    assertEquals(200, new TestClient(app).get("/").status());
    assertTrue(OpenFiles.on(database) > 0, "the pool holds a connection between requests");
    assertTrue(Files.exists(Path.of(database + "-wal")));

    app.close();

    assertEquals(0, OpenFiles.on(database));
    assertTrue(Files.notExists(Path.of(database + "-wal")),
        "SQLite removes the log when the last connection closes");
  }
}
