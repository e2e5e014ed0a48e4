package dev.carafe.server.contract;

import dev.carafe.gateway.Gateway;
import dev.carafe.server.Server;

/**
 * What the shared suite ({@link ServerContract}) needs to know of one adapter: how to build its
 * server, and the few names that differ from one server library to another.
 */
public interface ServerAdapter {
  /** A builder of this adapter's server for {@code gateway}. */
  Server.Builder builder(Gateway gateway);

  /** The logger under which the adapter reports a gateway's failure or a send that broke off. */
  String failureLogger();

  /** Whether a thread of this name is one of the adapter's worker pool's. */
  boolean isWorkerThread(String threadName);

  /**
   * Whether the calling thread is the one that read the request, answering it without a hand-off:
   * one of the server's I/O threads (Undertow's, Jetty's selectors).
   */
  boolean onIoThread();
}
