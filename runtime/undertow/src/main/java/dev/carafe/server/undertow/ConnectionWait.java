package dev.carafe.server.undertow;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One wait of a request thread for its connection, by parking: the I/O thread that watches the
 * connection signals when it is ready or closed. This is how a virtual thread should wait: it
 * gives its carrier back, and it opens nothing (XNIO's own blocking wait selects on a selector of
 * the thread's, which on a virtual thread is an epoll and an eventfd per request, closed only when
 * the garbage collector finalizes them).
 */
final class ConnectionWait {
  /** How often a wait looks again at whether the connection is still open, in case of a lost signal. */
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

  private final Thread waiter = Thread.currentThread();
  private volatile boolean signalled;

  /** Wakes the waiting thread; the I/O thread calls it when the connection is ready or closed. */
  void signal() {
    signalled = true;
    LockSupport.unpark(waiter);
  }

  /**
   * Parks until signalled, until {@code nanos} have passed (none: {@code nanos <= 0}), or until
   * {@code open} says the connection is gone.
   *
   * @throws InterruptedIOException when the thread is interrupted (its flag stays set), as XNIO's
   *     wait does
   */
  void park(long nanos, BooleanSupplier open) throws IOException {
    long deadline = System.nanoTime() + nanos;
    while (!signalled && open.getAsBoolean()) {
      long left = nanos > 0 ? deadline - System.nanoTime() : RECHECK_NANOS;
      if (left <= 0) {
        return;
      }
      LockSupport.parkNanos(this, Math.min(left, RECHECK_NANOS));
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedIOException("Interrupted while waiting for the connection");
      }
    }
  }
}
