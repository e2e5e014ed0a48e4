package dev.carafe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariPoolMXBean;
import dev.carafe.App;
import dev.carafe.config.Config;
import dev.carafe.flaskr.Db;
import dev.carafe.flaskr.Flaskr;
import dev.carafe.flaskr.FlaskrApp;
import dev.carafe.server.Server;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.LogRecord;
import javax.management.JMX;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flaskr on PostgreSQL when the database fails, on both servers: its pool exhausted by slow
 * requests (a table locked under them), and the database stopped, then started again. The excess
 * requests get a clear 503 after the pool's timeout, never a hang nor a trace; static pages are
 * served throughout; once the database is back, requests succeed again without a restart, and
 * the pool holds no connection a request forgot.
 *
 * <p>Runs when {@code CARAFE_TEST_POSTGRES} names a database whose tables it may drop, and the
 * stop and start when {@code CARAFE_TEST_POSTGRES_CTL} gives the cluster's {@code pg_ctl}
 * command: {@code bash .ci/postgres mvn -B verify} sets both.
 */
class FlaskrDatabaseTest {
  private static final String POSTGRES = System.getenv("CARAFE_TEST_POSTGRES");
  private static final String PG_CTL = System.getenv("CARAFE_TEST_POSTGRES_CTL");
  private static final int POOL_SIZE = 4;
  private static final int SLOW_REQUESTS = POOL_SIZE + 2;
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

  private App app;
  private Server server;

  @BeforeEach
  void flaskr() {
    assumeTrue(POSTGRES != null && POSTGRES.startsWith("jdbc:postgresql:"), "CARAFE_TEST_POSTGRES"
        + " is not set: run with a throwaway cluster, bash .ci/postgres mvn -B verify");
    App made = FlaskrApp.create();
    app = made.withConfig(made.config().toBuilder()
        .set(Config.SECRET_KEY, "faults-" + System.nanoTime())
        .set(Db.DATABASE, POSTGRES)
        .set(Db.POOL_SIZE, String.valueOf(POOL_SIZE))
        .set(Db.POOL_TIMEOUT, "2")
        .build());
    Db.initDb(app.config());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop();
    }
    if (app != null) {
      app.close();
    }
  }

  private URI serve(ServerKind kind) {
    server = kind.start(new Flaskr().middleware().wrap(app));
    return server.uri();
  }

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(120) // a hang guard, not a performance bound
  void requestsBeyondThePoolGet503AfterItsTimeout(ServerKind kind) throws Exception {
    URI uri = serve(kind);
    assertEquals(200, get(uri, "/").statusCode());

    try (LogRecords log = LogRecords.of("dev.carafe.flaskr.Db");
        Connection locker = DriverManager.getConnection(POSTGRES)) {
      // Every index request waits on the lock, holding its pooled connection meanwhile.
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("LOCK TABLE post IN ACCESS EXCLUSIVE MODE");
      }
      List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
      for (int i = 0; i < SLOW_REQUESTS; i++) {
        slow.add(HTTP.sendAsync(HttpRequest.newBuilder(uri.resolve("/")).build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      // The requests that found no connection are answered after the pool's timeout.
      while (slow.stream().filter(CompletableFuture::isDone).count() < SLOW_REQUESTS - POOL_SIZE) {
        Thread.sleep(50);
      }
      List<HttpResponse<String>> excess = new ArrayList<>();
      for (CompletableFuture<HttpResponse<String>> request : slow) {
        if (request.isDone()) {
          excess.add(request.join());
        }
      }
      assertEquals(SLOW_REQUESTS - POOL_SIZE, excess.size());
      for (HttpResponse<String> response : excess) {
        assertUnavailable(response.statusCode(), response.body());
      }
      assertEquals(POOL_SIZE, pool().getActiveConnections(), "connections held by the slow ones");
      assertEquals(SLOW_REQUESTS - POOL_SIZE, log.count());
      LogRecord line = log.first().get(0);
      assertTrue(line.getMessage().startsWith("No database connection for /: flaskr - Connection"
          + " is not available, request timed out after "), line.getMessage());

      locker.commit();
      for (CompletableFuture<HttpResponse<String>> request : slow) {
        if (!excess.contains(request.join())) {
          assertEquals(200, request.join().statusCode());
        }
      }
    }
    assertPoolIdle();
    assertEquals(200, get(uri, "/").statusCode());
  }

  @ParameterizedTest
  @EnumSource(ServerKind.class)
  @Timeout(180) // a hang guard, not a performance bound
  void theDatabaseStoppedThenStartedAgain(ServerKind kind) throws Exception {
    assumeTrue(PG_CTL != null && !PG_CTL.isBlank(), "CARAFE_TEST_POSTGRES_CTL is not set: run"
        + " with a throwaway cluster, bash .ci/postgres mvn -B verify");
    URI uri = serve(kind);
    for (int i = 0; i < 20; i++) {
      assertEquals(200, fetch(uri, "/").status());
    }
    // Counted with the pool full, as it is again after, and the JDK's process reaper started.
    awaitPoolFull();
    pgCtl("status");
    Census before = Census.steady(kind);

    try (LogRecords log = LogRecords.of("dev.carafe.flaskr.Db", "dev.carafe.flaskr.Flaskr")) {
      pgCtl("stop", "-m", "fast", "-w");
      try {
        for (int i = 0; i < 5; i++) {
          RawHttp.Response response = fetch(uri, "/");
          assertUnavailable(response.status(), response.text());
        }
        assertTrue(log.count() >= 5, "a line in the log per request that failed");
        RawHttp.Response css = fetch(uri, "/static/style.css");
        assertEquals(200, css.status());
        assertTrue(css.text().contains("body"), css.text());
        assertEquals("Hello, World!", fetch(uri, "/hello").text());
      } finally {
        pgCtl("start", "-w");
      }
    }

    // The pool connects again by itself: the first requests may still meet a dead connection.
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    int status = fetch(uri, "/").status();
    while (status != 200 && System.nanoTime() < deadline) {
      assertEquals(503, status);
      status = fetch(uri, "/").status();
    }
    assertEquals(200, status, "Flaskr did not use the database again once it was back");
    for (int i = 0; i < 20; i++) {
      assertEquals(200, fetch(uri, "/").status());
    }
    assertPoolIdle();
    awaitPoolFull();
    Census after = Census.settledTo(before, kind, 30);
    System.out.println(kind + " after the database stopped and started: "
        + after.comparedTo(before));
    assertTrue(after.noneAbove(before), after.comparedTo(before));
  }

  /** HikariCP fills the pool in the background; a count of sockets waits for it. */
  private static void awaitPoolFull() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (pool().getTotalConnections() < POOL_SIZE && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  /** A request on a connection of its own, closed after the response: no client pool. */
  private static RawHttp.Response fetch(URI uri, String path) throws IOException {
    try (Socket socket = RawHttp.connect(uri)) {
      RawHttp.get(socket, path, "Connection: close");
      return RawHttp.read(new BufferedInputStream(socket.getInputStream()));
    }
  }

  /** The database's 503: Werkzeug's page, a reason to try again, nothing of the failure. */
  private static void assertUnavailable(int status, String page) {
    assertEquals(503, status, page);
    assertTrue(page.contains("<title>503 Service Unavailable</title>"), page);
    assertTrue(page.contains("The database is busy or unreachable. Please try again in a moment."),
        page);
    assertFalse(page.contains("Exception") || page.contains("Hikari") || page.contains("SQL")
        || page.contains("flaskr -") || page.contains("at dev."), page);
  }

  /** Once every request is done, no connection is out of the pool and none is awaited. */
  private static void assertPoolIdle() throws InterruptedException {
    HikariPoolMXBean pool = pool();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (pool.getActiveConnections() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertEquals(0, pool.getActiveConnections(), "connections not given back");
    assertEquals(0, pool.getThreadsAwaitingConnection());
    assertTrue(pool.getTotalConnections() <= POOL_SIZE,
        "connections: " + pool.getTotalConnections());
  }

  /** Flaskr's pool as JMX shows it to an operator. */
  private static HikariPoolMXBean pool() {
    try {
      return JMX.newMXBeanProxy(ManagementFactory.getPlatformMBeanServer(),
          new ObjectName("com.zaxxer.hikari:type=Pool (flaskr)"), HikariPoolMXBean.class);
    } catch (javax.management.MalformedObjectNameException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpResponse<String> get(URI uri, String path)
      throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Runs the cluster's pg_ctl with {@code arguments}, as the user the cluster runs as. */
  private static void pgCtl(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PG_CTL.trim().split("\\s+")));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertEquals(0, process.waitFor(), "exit status of " + command);
  }
}
