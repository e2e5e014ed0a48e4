package dev.carafe.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the log records of the loggers a fault makes write, keeping the first few whole: ten
 * thousand stack traces are counted, not printed (src/test/resources/logging.properties keeps
 * these loggers off the console).
 */
final class LogRecords extends Handler implements AutoCloseable {
  private static final int KEPT = 20;

  private final List<Logger> loggers = new ArrayList<>();
  private final AtomicInteger count = new AtomicInteger();
  private final AtomicInteger severe = new AtomicInteger();
  private final ConcurrentLinkedQueue<LogRecord> first = new ConcurrentLinkedQueue<>();

  private LogRecords(String... names) {
    for (String name : names) {
      Logger logger = Logger.getLogger(name);
      logger.addHandler(this);
      loggers.add(logger);
    }
  }

  /** Starts counting the records of the loggers {@code names}. */
  static LogRecords of(String... names) {
    return new LogRecords(names);
  }

  @Override
  public void publish(LogRecord record) {
    count.incrementAndGet();
    if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
      severe.incrementAndGet();
    }
    if (first.size() < KEPT) {
      first.add(record);
    }
  }

  /** How many records were written. */
  int count() {
    return count.get();
  }

  /** How many records were errors ({@code SEVERE}, System.Logger's {@code ERROR}). */
  int severe() {
    return severe.get();
  }

  /** The first records written. */
  List<LogRecord> first() {
    return List.copyOf(first);
  }

  /** The first records written, a line each: level, logger, message and exception. */
  List<String> firstLines() {
    List<String> lines = new ArrayList<>();
    for (LogRecord record : first) {
      lines.add(record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage()
          + (record.getThrown() == null ? "" : " (" + record.getThrown() + ")"));
    }
    return lines;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    loggers.forEach(logger -> logger.removeHandler(this));
  }
}
