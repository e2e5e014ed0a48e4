package dev.carafe.middleware;

import dev.carafe.gateway.Environ;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads {@link Timeout} runs handlers on: the server's own for the request when it gives
 * each request a thread ({@link Environ#REQUEST_THREADS}: a virtual thread each), else a platform
 * thread from a pool that grows as needed and lets idle threads go after a minute.
 */
final class HandlerThreads {
  private static final ExecutorService PLATFORM = Executors.newCachedThreadPool(new Named());

  private HandlerThreads() {}

  /** The executor for the handler of {@code environ}'s request. */
  static Executor of(Environ environ) {
    Executor requestThreads = environ.get(Environ.REQUEST_THREADS);
    return requestThreads != null ? requestThreads : PLATFORM;
  }

  /** Daemon threads named {@code carafe-timeout-N}, so a thread dump shows whose they are. */
  private static final class Named implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "carafe-timeout-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
