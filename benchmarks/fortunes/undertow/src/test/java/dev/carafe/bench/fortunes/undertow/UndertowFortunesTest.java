package dev.carafe.bench.fortunes.undertow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.carafe.bench.fortunes.ExpectedPage;
import dev.carafe.bench.fortunes.FortuneDatabase;
import dev.carafe.bench.fortunes.PageFetch;
import io.undertow.Undertow;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw Undertow's hand-written fortunes page over HTTP on a fresh SQLite file and, when
 * {@code CARAFE_TEST_POSTGRES} names one, on PostgreSQL: the same page, byte for byte, as the
 * templates'. Any other path is a 404.
 */
class UndertowFortunesTest {
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
      Undertow server = UndertowFortunes.start(fortunes, "127.0.0.1", 0);
      try {
        for (int request = 0; request < 2; request++) {
          PageFetch page = PageFetch.get(base(server).resolve("/fortunes"));

          assertEquals(200, page.status());
          assertEquals(ExpectedPage.CONTENT_TYPE, page.contentType());
          assertEquals(ExpectedPage.html(), page.body());
        }
        assertEquals(404, PageFetch.get(base(server).resolve("/fortune")).status());
      } finally {
        server.stop();
      }
    }
  }

  private static URI base(Undertow server) {
    return URI.create("http://127.0.0.1:" + UndertowFortunes.port(server) + "/");
  }
}
