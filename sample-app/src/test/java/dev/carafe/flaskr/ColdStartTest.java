package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.carafe.App;
import dev.carafe.test.TestClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start on a machine without a database, under load: many requests at once make the
 * tables once and are all answered, none of them waiting for a connection that the first ones
 * hold (the pool has four).
 */
class ColdStartTest {
  @TempDir
  Path folder;
  private App app;

  @AfterEach
  void closeApp() {
    app.close();
  }

  @Test
  void manyFirstRequestsAtOnceMakeTheTablesOnceAndAreAllAnswered() throws Exception {
    app = FlaskrApp.create().withConfig(FlaskrApp.create().config().toBuilder()
        .set(Db.DATABASE, folder.resolve("fresh/flaskr.sqlite").toString()).build());
    int requests = 32;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        statuses.add(pool.submit(() -> TestClient.withoutCookies(app).get("/").status()));
      }
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        for (Future<Integer> status : statuses) {
          assertEquals(200, status.get());
        }
      });
    } finally {
      pool.shutdownNow();
    }
  }
}
