package dev.carafe.faults;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The most descriptors and spooled files seen while a fault is being made, watched from a thread
 * of its own: what was let go only later (by a garbage collection, say) shows here and not in
 * the counts after.
 */
final class Peaks implements AutoCloseable {
  private final AtomicInteger descriptors = new AtomicInteger();
  private final AtomicInteger temporaryFiles = new AtomicInteger();
  private final AtomicBoolean done = new AtomicBoolean();
  private final Thread watcher;

  private Peaks() {
    watcher = new Thread(() -> {
      while (!done.get()) {
        descriptors.accumulateAndGet(Census.descriptorCount(), Math::max);
        temporaryFiles.accumulateAndGet(Census.temporaryFiles(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "peaks-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** Starts watching. */
  static Peaks watch() {
    return new Peaks();
  }

  /** The most open descriptors seen, selectors' included. */
  int descriptors() {
    return descriptors.get();
  }

  /** The most uploads' temporary files seen at once. */
  int temporaryFiles() {
    return temporaryFiles.get();
  }

  @Override
  public void close() {
    done.set(true);
    try {
      watcher.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "at most " + descriptors() + " descriptors and " + temporaryFiles()
        + " temporary files open meanwhile";
  }
}
