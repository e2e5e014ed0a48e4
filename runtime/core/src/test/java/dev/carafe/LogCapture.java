package dev.carafe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects what a class logs through {@code System.Logger}, which goes to java.util.logging when
 * no other backend is installed (as in these tests).
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private LogCapture(String name) {
    this.logger = Logger.getLogger(name);
    logger.addHandler(handler);
  }

  /** Starts collecting the records of the logger named after {@code type}. */
  public static LogCapture of(Class<?> type) {
    return new LogCapture(type.getName());
  }

  /** Starts collecting the records of the logger named {@code name}. */
  public static LogCapture of(String name) {
    return new LogCapture(name);
  }

  /** The records so far. */
  public List<LogRecord> records() {
    return records;
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
