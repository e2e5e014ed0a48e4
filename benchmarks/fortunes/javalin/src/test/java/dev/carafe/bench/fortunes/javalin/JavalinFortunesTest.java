package dev.carafe.bench.fortunes.javalin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.bench.fortunes.ExpectedPage;
import dev.carafe.bench.fortunes.FortuneDatabase;
import dev.carafe.bench.fortunes.PageFetch;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Javalin's fortunes page over HTTP on a fresh SQLite file and, when {@code CARAFE_TEST_POSTGRES}
 * names one, on PostgreSQL: the same page, byte for byte, as Carafe's, from the same template.
 */
class JavalinFortunesTest {
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
      Javalin app = JavalinFortunes.start(fortunes, "127.0.0.1", 0);
      try {
        for (int request = 0; request < 2; request++) {
          PageFetch page = PageFetch.get(URI.create("http://127.0.0.1:" + app.port() + "/fortunes"));

          assertEquals(200, page.status());
          // Jetty writes the media type without the space the handler gave it.
          assertEquals(ExpectedPage.CONTENT_TYPE.replace("; ", ";"), page.contentType());
          assertEquals(ExpectedPage.html(), page.body());
        }
      } finally {
        app.stop();
      }
    }
  }
}
