package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The databases Flaskr's tests run on: a temporary SQLite file, as Flask's {@code conftest.py}
 * makes one, and the PostgreSQL database that {@code CARAFE_TEST_POSTGRES} names, when it is set.
 * Each test starts from empty tables ({@code init-db}) and the test data.
 */
enum TestDatabase {
  SQLITE("SQLite", "/data.sql"),
  POSTGRESQL("PostgreSQL", "/postgresql-data.sql");

  /** The variable that names the PostgreSQL database, a {@code jdbc:postgresql:} URL. */
  static final String POSTGRES_VARIABLE = "CARAFE_TEST_POSTGRES";

  private final String label;
  private final String data;

  TestDatabase(String label, String data) {
    this.label = label;
    this.data = data;
  }

  /** Skips the test when this database is not there to test on, saying how to provide it. */
  void assumeAvailable() {
    if (this == POSTGRESQL) {
      String url = System.getenv(POSTGRES_VARIABLE);
      assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), POSTGRES_VARIABLE
          + " is not set: to run Flaskr's tests on PostgreSQL too, set it to the URL of a"
          + " database whose tables they may drop, jdbc:postgresql://127.0.0.1:PORT/DB?user=USER,"
          + " or run them with a throwaway cluster: bash .ci/postgres mvn -B verify");
    }
  }

  /**
   * A database for one test, as {@code DATABASE} names it: a new temporary file for SQLite
   * ({@code tempfile.mkstemp()}), the database of {@code CARAFE_TEST_POSTGRES} for PostgreSQL.
   */
  String create() {
    if (this == POSTGRESQL) {
      return System.getenv(POSTGRES_VARIABLE);
    }
    try {
      return Files.createTempFile("flaskr", ".sqlite").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes what {@link #create()} made: the SQLite file and its journal files. */
  void remove(String database) {
    if (this == SQLITE) {
      for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
        try {
          Files.deleteIfExists(Path.of(database + suffix));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /** The test data, Flaskr's {@code tests/data.sql} in this database's dialect. */
  String dataSql() {
    try (InputStream in = TestDatabase.class.getResourceAsStream(data)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return label;
  }
}
