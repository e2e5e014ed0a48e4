package dev.carafe.sample;

import dev.carafe.TeardownRequest;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the requests the shop finished, and those that ended in an unhandled exception. */
public class Traffic {
  private final AtomicLong served = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();

  /** Runs when each request is over, whatever happened. */
  @TeardownRequest
  public void count(Throwable error) {
    served.incrementAndGet();
    if (error != null) {
      failed.incrementAndGet();
    }
  }

  /** The requests finished so far. */
  public long served() {
    return served.get();
  }

  /** The requests so far that ended in an exception no error handler answered. */
  public long failed() {
    return failed.get();
  }
}
