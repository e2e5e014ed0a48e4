package dev.carafe.middleware;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads {@link Timeout} runs handlers on: a new virtual thread for a request that came on a
 * virtual thread (JDK 21 and later, the server's {@code CARAFE_VIRTUAL_THREADS=true}), else a
 * platform thread from a pool that grows as needed and lets idle threads go after a minute.
 *
 * <p>The build targets release 17, so the JDK 21 methods cannot be named in the source; they are
 * looked up once, as public methods of the JDK itself (never user code), as the Undertow
 * adapter's {@code RequestThreads} does.
 */
final class HandlerThreads {
  private static final MethodHandle IS_VIRTUAL = find(Thread.class, "isVirtual",
      MethodType.methodType(boolean.class));
  private static final ExecutorService VIRTUAL = virtualThreadPerTask();
  private static final ExecutorService PLATFORM = Executors.newCachedThreadPool(new Named());

  private HandlerThreads() {}

  /** The executor for a handler of a request that arrived on {@code caller}. */
  static Executor like(Thread caller) {
    return VIRTUAL != null && isVirtual(caller) ? VIRTUAL : PLATFORM;
  }

  private static boolean isVirtual(Thread thread) {
    try {
      return (boolean) IS_VIRTUAL.invokeExact(thread);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Could not ask whether " + thread + " is virtual", e);
    }
  }

  private static ExecutorService virtualThreadPerTask() {
    MethodHandle factory = find(Executors.class, "newVirtualThreadPerTaskExecutor", null);
    if (factory == null || IS_VIRTUAL == null) {
      return null;
    }
    try {
      return (ExecutorService) factory.invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Could not make the virtual thread executor", e);
    }
  }

  /** A public method of the JDK, or {@code null} on a JDK without it. */
  private static MethodHandle find(Class<?> owner, String name, MethodType instanceType) {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      return instanceType == null
          ? lookup.findStatic(owner, name, MethodType.methodType(ExecutorService.class))
          : lookup.findVirtual(owner, name, instanceType);
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
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
