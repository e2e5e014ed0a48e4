package dev.carafe.flaskr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.carafe.App;
import dev.carafe.test.TestClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What Flaskr is served through: its access log, except in debug mode, where the launcher logs. */
class MiddlewareTest {
  private static final Logger ACCESS = Logger.getLogger("dev.carafe.access");
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      lines.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private Level level;

  /** The tests' logging.properties keeps INFO out; the access log writes at INFO. */
  @BeforeEach
  void captureTheAccessLog() {
    level = ACCESS.getLevel();
    ACCESS.setLevel(Level.INFO);
    ACCESS.setUseParentHandlers(false);
    ACCESS.addHandler(capture);
  }

  @AfterEach
  void release() {
    ACCESS.removeHandler(capture);
    ACCESS.setUseParentHandlers(true);
    ACCESS.setLevel(level);
  }

  private void get(App app) {
    assertEquals("Hello, World!",
        new TestClient(new Flaskr().middleware().wrap(app)).get("/hello").text());
  }

  @Test
  void eachRequestIsLoggedOnce() {
    get(FlaskrApp.create());
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("\"GET /hello HTTP/1.1\" 200 13 "), lines.get(0));
  }

  @Test
  void inDebugModeFlaskrLeavesTheLogToTheLauncher() {
    get(FlaskrApp.create().withDebug(true));
    assertEquals(List.of(), lines);
  }
}
