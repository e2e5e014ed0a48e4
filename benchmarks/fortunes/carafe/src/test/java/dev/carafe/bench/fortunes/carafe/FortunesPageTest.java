package dev.carafe.bench.fortunes.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.App;
import dev.carafe.bench.fortunes.ExpectedPage;
import dev.carafe.bench.fortunes.FortuneDatabase;
import dev.carafe.bench.fortunes.PageFetch;
import dev.carafe.config.Config;
import dev.carafe.server.Server;
import dev.carafe.server.undertow.UndertowServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Carafe's fortunes page over HTTP, as wrk fetches it, on a fresh SQLite file and, when
 * {@code CARAFE_TEST_POSTGRES} names one ({@code bash .ci/postgres}), on PostgreSQL: TechEmpower's
 * page, byte for byte, its {@code <script>} row escaped and its Japanese row intact.
 */
class FortunesPageTest {
  @Test
  void servesTheExpectedPageFromSqlite(@TempDir Path dir) throws Exception {
    assertServesTheExpectedPage(dir.resolve("fortunes.sqlite").toString());
  }

  @Test
  void servesTheExpectedPageFromPostgres() throws Exception {
    String postgres = System.getenv("CARAFE_TEST_POSTGRES");
    assumeTrue(postgres != null, "CARAFE_TEST_POSTGRES names no database (bash .ci/postgres ...)");
    assertServesTheExpectedPage(postgres);
  }

  private static void assertServesTheExpectedPage(String database) throws Exception {
    try (FortuneDatabase fortunes = FortuneDatabase.of(database)) {
      fortunes.reset();
      App app = FortunesApp.create();
      app = app.withConfig(app.config().toBuilder().set(Fortunes.DATABASE, database).build());
      try (Server server = UndertowServer.builder(app).host("127.0.0.1").port(0).start()) {
        for (int request = 0; request < 2; request++) {
          PageFetch page = PageFetch.get(server.uri().resolve("/fortunes"));

          assertEquals(200, page.status());
          assertEquals(ExpectedPage.CONTENT_TYPE, page.contentType());
          assertEquals(ExpectedPage.html(), page.body());
        }
      }
    }
  }
}
