package dev.carafe.bench.fortunes;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code fortune} table of one database and its HikariCP pool: what every fortunes server
 * queries, so that the servers differ only in the server, the framework and the page writer.
 *
 * <p>A database is a {@code jdbc:postgresql:} URL or the path of a SQLite file. The table is made
 * with TechEmpower's 12 rows when the database has none. The pool is Flaskr's (sample-app's
 * {@code Db}): 4 connections for SQLite, in write-ahead-log mode; 10 for PostgreSQL.
 */
public final class FortuneDatabase implements AutoCloseable {
  /** The row every request adds before sorting, so that no page can be cached whole. */
  public static final Fortune ADDED = new Fortune(0, "Additional fortune added at request time.");

  /** TechEmpower's fortune table, as its setup scripts fill it. */
  static final List<Fortune> ROWS = List.of(
      new Fortune(1, "fortune: No such file or directory"),
      new Fortune(2, "A computer scientist is someone who fixes things that aren't broken."),
      new Fortune(3, "After enough decimal places, nobody gives a damn."),
      new Fortune(4, "A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1"),
      new Fortune(5, "A computer program does what you tell it to do, not what you want it to do."),
      new Fortune(6, "Emacs is a nice operating system, but I prefer UNIX. \u2014 Tom Christaensen"),
      new Fortune(7, "Any program that runs right is obsolete."),
      new Fortune(8, "A list is only as strong as its weakest link. \u2014 Donald Knuth"),
      new Fortune(9, "Feature: A bug with seniority."),
      new Fortune(10, "Computers make very fast, very accurate mistakes."),
      new Fortune(11, "<script>alert(\"This should not be displayed in a browser alert box.\");</script>"),
      new Fortune(12, "\u30d5\u30ec\u30fc\u30e0\u30ef\u30fc\u30af\u306e\u30d9\u30f3\u30c1\u30de\u30fc\u30af"));

  private static final String QUERY = "SELECT id, message FROM fortune";
  /** By message, in UTF-16 code-unit order ({@link String#compareTo}), as the specification sorts. */
  private static final Comparator<Fortune> BY_MESSAGE = Comparator.comparing(Fortune::message);
  private static final Map<String, FortuneDatabase> OPEN = new ConcurrentHashMap<>();

  private final String database;
  private final HikariDataSource pool;

  private FortuneDatabase(String database) {
    this.database = database;
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("fortunes");
    if (database.startsWith("jdbc:postgresql:")) {
      hikari.setJdbcUrl(database);
      hikari.setMaximumPoolSize(10);
    } else {
      hikari.setJdbcUrl("jdbc:sqlite:" + Path.of(database).toAbsolutePath());
      hikari.addDataSourceProperty("busy_timeout", "5000");
      hikari.setConnectionInitSql("PRAGMA journal_mode=WAL");
      hikari.setMaximumPoolSize(4);
    }
    pool = new HikariDataSource(hikari);
  }

  /**
   * The database named {@code database}, its pool opened the first time it is asked for (once per
   * process, however many ask), its table made and filled if it has none.
   *
   * @throws IllegalStateException when the database cannot be opened or filled
   */
  public static FortuneDatabase of(String database) {
    return OPEN.computeIfAbsent(database, name -> {
      FortuneDatabase opened = new FortuneDatabase(name);
      try {
        opened.fill(false);
      } catch (SQLException e) {
        opened.pool.close();
        throw new IllegalStateException("Could not open " + name + ": " + e.getMessage(), e);
      }
      return opened;
    });
  }

  /**
   * The page's rows: the table's, the row added at request time, sorted by message. One query on
   * a connection of the pool, given back before the sort.
   */
  public List<Fortune> fortunes() throws SQLException {
    List<Fortune> fortunes = new ArrayList<>(16);
    try (Connection db = pool.getConnection();
        PreparedStatement query = db.prepareStatement(QUERY);
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        fortunes.add(new Fortune(rows.getInt(1), rows.getString(2)));
      }
    }
    fortunes.add(ADDED);
    fortunes.sort(BY_MESSAGE);
    return fortunes;
  }

  /** Makes the table again with exactly TechEmpower's 12 rows, whatever it held: for the tests. */
  public void reset() throws SQLException {
    fill(true);
  }

  /** Closes the pool; the next {@link #of} of this database opens a new one. */
  @Override
  public void close() {
    OPEN.remove(database, this);
    pool.close();
  }

  private void fill(boolean anew) throws SQLException {
    try (Connection db = pool.getConnection(); Statement statement = db.createStatement()) {
      if (anew) {
        statement.execute("DROP TABLE IF EXISTS fortune");
      }
      statement.execute("CREATE TABLE IF NOT EXISTS fortune"
          + " (id INTEGER PRIMARY KEY, message VARCHAR(2048) NOT NULL)");
      try (ResultSet count = statement.executeQuery("SELECT count(*) FROM fortune")) {
        count.next();
        if (count.getInt(1) > 0) {
          return;
        }
      }
      try (PreparedStatement insert = db.prepareStatement(
          "INSERT INTO fortune (id, message) VALUES (?, ?)")) {
        for (Fortune row : ROWS) {
          insert.setInt(1, row.id());
          insert.setString(2, row.message());
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }
}
