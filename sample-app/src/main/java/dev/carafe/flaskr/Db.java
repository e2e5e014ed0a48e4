package dev.carafe.flaskr;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.carafe.App;
import dev.carafe.RequestContext;
import dev.carafe.RequestGlobals;
import dev.carafe.Shutdown;
import dev.carafe.TeardownRequest;
import dev.carafe.config.Config;
import dev.carafe.http.ServiceUnavailable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flaskr's {@code db.py}: the database of the application's configuration ({@code DATABASE}),
 * a connection for each request that asks for one ({@link #get()}, Flask's {@code get_db}),
 * given back when the request ends ({@link #close}, {@code close_db}), and the tables made anew
 * ({@link #initDb}, {@code init_db}).
 *
 * <p>{@code DATABASE} is a file path for SQLite (Flaskr's default, {@code instance/flaskr.sqlite})
 * or a {@code jdbc:postgresql:} URL. Connections come from a HikariCP pool, one per database,
 * made when the first request needs it and closed with the application ({@link #closePool}); a
 * database without Flaskr's tables gets them then, and the log says so, so that serving a fresh
 * checkout works before {@code init-db}.
 *
 * <p>A request that gets no connection within {@code DATABASE_POOL_TIMEOUT} (every connection
 * taken by slower requests, or the database down) is answered 503, its page saying to try again,
 * and the log says why; the pool connects again by itself once the database is back. Its active,
 * idle and waiting connections can be watched through JMX (JConsole, VisualVM) as the MXBean
 * {@code com.zaxxer.hikari:type=Pool (flaskr)}.
 */
public final class Db {
  /** The configuration key of the database, {@code CARAFE_DATABASE} in the environment. */
  public static final String DATABASE = "DATABASE";
  /** Flaskr's default: {@code os.path.join(app.instance_path, "flaskr.sqlite")}. */
  public static final String DEFAULT_DATABASE = "instance/flaskr.sqlite";
  /**
   * The configuration key of the pool's size ({@code CARAFE_DATABASE_POOL_SIZE}): connections kept
   * open at most; 10 for PostgreSQL and 4 for SQLite unless set.
   */
  public static final String POOL_SIZE = "DATABASE_POOL_SIZE";
  /**
   * The configuration key of how long a request waits for a connection before it is answered 503
   * ({@code CARAFE_DATABASE_POOL_TIMEOUT}, seconds or ISO-8601): 30 seconds unless set, as
   * HikariCP and SQLAlchemy's pools wait.
   */
  public static final String POOL_TIMEOUT = "DATABASE_POOL_TIMEOUT";

  private static final System.Logger LOG = System.getLogger(Db.class.getName());
  private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();
  /** The databases a request has used, each checked once for Flaskr's tables. */
  private static final Map<String, Boolean> SERVED = new ConcurrentHashMap<>();

  private Db() {}

  /**
   * Flask's {@code get_db()}: the connection of the current request, taken from the pool the
   * first time the request asks, the same one after that.
   */
  public static Connection get() {
    RequestGlobals g = RequestContext.current().g();
    Connection db = g.get("db", Connection.class);
    if (db == null) {
      Config config = RequestContext.current().app().config();
      try {
        db = pool(config).getConnection();
      } catch (SQLException e) {
        // A pool that stays exhausted or a database that is down: a 503 the client may retry,
        // not a 500 with a trace, and a line that tells the operator which.
        LOG.log(Level.WARNING, "No database connection for " + RequestContext.current().request()
            .path() + ": " + e.getMessage());
        throw unavailable();
      }
      try {
        // On the connection this request holds: asking the pool for another while the first
        // requests hold every connection would wait for one that never comes back.
        Connection held = db;
        SERVED.computeIfAbsent(database(config), database -> createTablesIfMissing(held, database));
      } catch (RuntimeException e) {
        close(db);
        throw e;
      }
      g.put("db", db);
    }
    return db;
  }

  /** The 503 of a request that could not use the database: the client may try again. */
  static ServiceUnavailable unavailable() {
    return new ServiceUnavailable("The database is busy or unreachable. Please try again in a"
        + " moment.");
  }

  /** Gives {@code db} back to the pool after a failure, keeping the failure the one reported. */
  private static void close(Connection db) {
    try {
      db.close();
    } catch (SQLException ignored) {
      // The failure being thrown says what went wrong.
    }
  }

  /** Flask's {@code close_db}: gives the request's connection back to the pool, if it took one. */
  @TeardownRequest
  public static void close() throws SQLException {
    Connection db = (Connection) RequestContext.current().g().remove("db");
    if (db != null) {
      db.close();
    }
  }

  /** Flask's {@code init_db}: drops Flaskr's tables and makes them empty, as {@code schema.sql} says. */
  public static void initDb(Config config) {
    String database = database(config);
    try (Connection db = pool(config).getConnection()) {
      executeScript(db, schema(database));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not initialize " + database + ": " + e.getMessage(), e);
    }
  }

  /** Runs the statements of {@code script}, separated by semicolons, as sqlite3's {@code executescript}. */
  public static void executeScript(Connection db, String script) throws SQLException {
    StringBuilder lines = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        lines.append(line).append('\n');
      }
    }
    try (Statement statement = db.createStatement()) {
      for (String sql : lines.toString().split(";")) {
        if (!sql.isBlank()) {
          statement.execute(sql);
        }
      }
    }
  }

  /**
   * Whether {@code error} says the connection to the database failed or was cut (SQL states
   * {@code 08...}; PostgreSQL's shutdown and start-up states {@code 57P01} to {@code 57P03}),
   * which another try may not meet, rather than that a statement was wrong.
   */
  public static boolean isConnectionFailure(SQLException error) {
    for (SQLException e = error; e != null; e = e.getNextException()) {
      String state = e.getSQLState();
      if (e instanceof SQLTransientConnectionException
          || e instanceof SQLNonTransientConnectionException
          || state != null && (state.startsWith("08") || state.matches("57P0[123]"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code config}'s database is PostgreSQL rather than a SQLite file. */
  public static boolean isPostgres(Config config) {
    return database(config).startsWith("jdbc:postgresql:");
  }

  /** The configured database, or Flaskr's default file. */
  public static String database(Config config) {
    return config.find(DATABASE).orElse(DEFAULT_DATABASE);
  }

  /**
   * Closes the pool of {@code app}'s database when the application is closed: after the server
   * drained, after {@code init-db}, when {@code mvn carafe:run} replaces the application with a
   * new build, or when a test is done with it. Its connections are closed, so SQLite's
   * write-ahead log is folded back into the file.
   */
  @Shutdown
  public static void closePool(App app) {
    String database = database(app.config());
    HikariDataSource pool = POOLS.remove(database);
    SERVED.remove(database);
    if (pool != null) {
      pool.close();
    }
  }

  private static HikariDataSource pool(Config config) {
    return POOLS.computeIfAbsent(database(config), database -> open(database, config));
  }

  private static HikariDataSource open(String database, Config config) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName("flaskr");
    hikari.setRegisterMbeans(true);
    // HikariCP takes no less than 250 ms.
    hikari.setConnectionTimeout(Math.max(250, config.find(POOL_TIMEOUT).isPresent()
        ? config.duration(POOL_TIMEOUT).toMillis() : Duration.ofSeconds(30).toMillis()));
    if (database.startsWith("jdbc:postgresql:")) {
      hikari.setJdbcUrl(database);
      hikari.setMaximumPoolSize(10);
    } else {
      Path file = Path.of(database).toAbsolutePath();
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not make the folder of " + file, e);
      }
      hikari.setJdbcUrl("jdbc:sqlite:" + file);
      // SQLite writes one at a time: a writer waits for the other rather than failing at once,
      // and readers do not wait for writers (write-ahead log).
      hikari.addDataSourceProperty("busy_timeout", "5000");
      hikari.setConnectionInitSql("PRAGMA journal_mode=WAL");
      hikari.setMaximumPoolSize(4);
    }
    if (config.find(POOL_SIZE).isPresent()) {
      hikari.setMaximumPoolSize(config.integer(POOL_SIZE));
    }
    return new HikariDataSource(hikari);
  }

  /**
   * A database without Flaskr's tables, which a first start on a fresh machine meets, gets them
   * as {@code init-db} makes them, and the log says so.
   */
  private static Boolean createTablesIfMissing(Connection db, String database) {
    try (ResultSet tables = db.getMetaData().getTables(null, null, "post", null)) {
      if (!tables.next()) {
        executeScript(db, schema(database));
        LOG.log(Level.WARNING, "The database " + database + " had no tables: created Flaskr's"
            + " (init-db starts again from empty tables)");
      }
      return true;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the database " + database + ": "
          + e.getMessage(), e);
    }
  }

  /** Flaskr's {@code schema.sql}, or its PostgreSQL version for a PostgreSQL database. */
  private static String schema(String database) {
    String name = database.startsWith("jdbc:postgresql:") ? "/postgresql/schema.sql" : "/schema.sql";
    try (InputStream in = Db.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
