package dev.carafe.bench.fortunes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared query on a fresh SQLite file: the 12 rows made, one added, sorted by message. */
class FortuneDatabaseTest {
  @Test
  void aFreshDatabaseGetsTheTwelveRowsAndThePageHasThirteenInMessageOrder(@TempDir Path dir)
      throws Exception {
    try (FortuneDatabase database = FortuneDatabase.of(dir.resolve("f.sqlite").toString())) {
      List<Fortune> fortunes = database.fortunes();

      assertEquals(13, fortunes.size());
      assertEquals(List.of(11, 4, 5, 2, 8, 0, 3, 7, 10, 6, 9, 1, 12),
          fortunes.stream().map(Fortune::id).toList());
      assertEquals(FortuneDatabase.ADDED, fortunes.get(5));
      // A second request queries again: the same rows, and the added row once.
      assertEquals(fortunes, database.fortunes());
    }
  }

  @Test
  void theSameDatabaseIsOpenedOnce(@TempDir Path dir) {
    String file = dir.resolve("f.sqlite").toString();
    try (FortuneDatabase database = FortuneDatabase.of(file)) {
      assertSame(database, FortuneDatabase.of(file));
    }
  }
}
