package dev.carafe.internal.lifecycle;

import dev.carafe.App;

/**
 * Closes what the application opened, once, when the application is closed: a method annotated
 * {@link dev.carafe.Shutdown}, called directly by the generated code.
 */
@FunctionalInterface
public interface ShutdownHook {
  /**
   * Closes what the application holds.
   *
   * @param app the application being closed, with the configuration it was served with
   */
  void shutdown(App app) throws Exception;
}
