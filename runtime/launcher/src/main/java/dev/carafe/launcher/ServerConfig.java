package dev.carafe.launcher;

import dev.carafe.config.Config;
import dev.carafe.server.Server;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Applies the server settings of an application's configuration ({@code SERVER_WORKER_THREADS},
 * {@code SERVER_READ_TIMEOUT}, ...: {@code CARAFE_SERVER_...} in the environment, or the
 * {@code --config} file) to the builder of the server it is served on. The keys are the core's
 * {@link Config}, as plain numbers and durations, checked when read; a key left unset leaves the
 * server's own default.
 */
final class ServerConfig {
  private ServerConfig() {}

  /** {@code builder}, with every server setting {@code config} has. */
  static Server.Builder apply(Config config, Server.Builder builder) {
    set(config, Config.SERVER_WORKER_THREADS, builder::workerThreads);
    set(config, Config.SERVER_IO_THREADS, builder::ioThreads);
    set(config, Config.SERVER_MAX_CONNECTIONS, builder::maxConnections);
    set(config, Config.SERVER_IDLE_TIMEOUT, builder::idleTimeout);
    set(config, Config.SERVER_READ_TIMEOUT, builder::readTimeout);
    set(config, Config.SERVER_WRITE_TIMEOUT, builder::writeTimeout);
    set(config, Config.SERVER_MAX_HEADER_SIZE, builder::maxHeaderSize);
    set(config, Config.SERVER_MAX_HEADER_COUNT, builder::maxHeaderCount);
    set(config, Config.SERVER_BUFFERED_BODY_SIZE, builder::bufferedBodySize);
    set(config, Config.SERVER_DRAIN_TIMEOUT, (Consumer<Duration>) builder::drainTimeout);
    return builder;
  }

  private static <T> void set(Config config, Config.Key<T> key, Consumer<? super T> setter) {
    config.find(key).ifPresent(setter);
  }
}
