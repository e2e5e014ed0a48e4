package dev.carafe.server;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Finds the threads gateways run on: a virtual thread per request where the JDK has them. */
final class RequestThreads {
  private RequestThreads() {}

  /**
   * A new virtual-thread-per-task executor on JDK 21 and later, or {@code null} on JDK 17, where
   * the server falls back to Undertow's worker pool.
   *
   * <p>The build targets release 17, so the JDK 21 method cannot be named in the source; it is
   * looked up once, at start-up, as a public static method of the JDK itself (never user code).
   */
  static ExecutorService virtualThreadsIfAvailable() {
    MethodHandle factory;
    try {
      factory = MethodHandles.publicLookup().findStatic(Executors.class,
          "newVirtualThreadPerTaskExecutor", MethodType.methodType(ExecutorService.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
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
}
